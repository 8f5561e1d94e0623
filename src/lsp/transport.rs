//! JSON-RPC over standard input and output, framed by `Content-Length` headers, that survives a
//! client's bad message. lsp-server's own transport ends the session on the first body that is
//! not JSON or header it cannot read; here such a message is answered with a JSON-RPC Parse error
//! (−32700, `id` null) and the server goes on, finding the next message by its next
//! `Content-Length` header when the framing itself is broken.

use lsp_server::{Connection, Message};
use std::io::{self, BufRead, Read, Write};

/// The largest message read: far above any an editor sends (a whole 19 MB data file fits).
const MAX_BODY: usize = 256 << 20;

/// The longest header line kept: a longer one (garbage, or a stream with no newline) is read in
/// pieces of this size and never held whole.
const MAX_HEADER: u64 = 8 << 10;

/// The server's side of a connection over stdin and stdout, and the thread that writes.
pub fn stdio() -> (Connection, std::thread::JoinHandle<()>) {
    let (server, io_side) = Connection::memory();
    let Connection { sender, receiver } = io_side;
    // The reader is never joined: it waits on stdin, and the process ends without it.
    std::thread::spawn(move || {
        let mut input = io::BufReader::new(io::stdin().lock());
        while let Some(message) = next(&mut input, &mut io::stdout()) {
            if sender.send(message).is_err() {
                return;
            }
        }
    });
    let writer = std::thread::spawn(move || {
        for message in receiver {
            let out = io::stdout();
            let mut out = out.lock();
            if message.write(&mut out).is_err() {
                return;
            }
        }
    });
    (server, writer)
}

/// How many messages a whole stream holds, its errors answered into a buffer.
#[cfg(feature = "internals")]
pub fn read_all(stream: &[u8]) -> usize {
    let mut input = io::Cursor::new(stream);
    let mut errors = Vec::new();
    std::iter::from_fn(|| next(&mut input, &mut errors)).count()
}

/// The next message of the stream; the bad ones before it are answered with Parse errors.
/// `None` at the end of the input.
fn next(input: &mut impl BufRead, out: &mut impl Write) -> Option<Message> {
    loop {
        match frame(input)? {
            Ok(body) => match serde_json::from_slice::<Message>(&body) {
                Ok(message) => return Some(message),
                Err(e) => parse_error(&format!("the message is not JSON-RPC: {e}"), out),
            },
            Err(why) => parse_error(&why, out),
        }
    }
}

/// One framed body, or why the framing is broken; `None` at the end of the input.
fn frame(input: &mut impl BufRead) -> Option<Result<Vec<u8>, String>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut line = String::new();
    loop {
        line.clear();
        // A line that is not UTF-8 is not a header: skipped, as garbage between messages is.
        let mut bytes = Vec::new();
        if input
            .by_ref()
            .take(MAX_HEADER)
            .read_until(b'\n', &mut bytes)
            .ok()?
            == 0
        {
            return None;
        }
        line.push_str(&String::from_utf8_lossy(&bytes));
        let text = line.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            match length.take() {
                Some(Ok(n)) => break read_body(input, n),
                Some(Err(why)) => return Some(Err(why)),
                // A blank line with no header before it: keep looking.
                None => continue,
            }
        }
        if let Some(value) = header(text, "content-length") {
            length = Some(match value.trim().parse::<usize>() {
                Ok(n) if n <= MAX_BODY => Ok(n),
                Ok(n) => Err(format!(
                    "Content-Length {n} is over the limit of {MAX_BODY}"
                )),
                Err(_) => Err(format!("Content-Length `{}` is not a length", value.trim())),
            });
        }
    }
}

/// The body, grown as it arrives: a claimed length is not allocated before the bytes come.
fn read_body(input: &mut impl BufRead, n: usize) -> Option<Result<Vec<u8>, String>> {
    let mut body = Vec::new();
    input.by_ref().take(n as u64).read_to_end(&mut body).ok()?;
    (body.len() == n).then_some(Ok(body))
}

/// The value of header `name` (case-insensitive) on this line.
fn header<'l>(line: &'l str, name: &str) -> Option<&'l str> {
    let (key, value) = line.split_once(':')?;
    key.trim().eq_ignore_ascii_case(name).then_some(value)
}

/// Answers a message that could not be read: JSON-RPC's Parse error, with a null id (the
/// message's own could not be read).
fn parse_error(why: &str, out: &mut impl Write) {
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": -32700, "message": why},
    })
    .to_string();
    // One write: the writer thread's messages never land inside this one.
    let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
    let _ = out.write_all(frame.as_bytes());
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(stream: &str) -> Vec<String> {
        let mut input = io::Cursor::new(stream.as_bytes().to_vec());
        let mut errors = Vec::new();
        std::iter::from_fn(|| next(&mut input, &mut errors))
            .map(|m| match m {
                Message::Request(r) => r.method,
                Message::Notification(n) => n.method,
                Message::Response(_) => "response".into(),
            })
            .collect()
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn bad_messages_are_passed_over_and_the_next_one_read() {
        let shutdown = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let stream = [
            framed("this is not json"),
            "Content-Length: -5\r\n\r\ngarbage\r\n".to_string(),
            "Content-Length: 99999999999\r\n\r\n".to_string(),
            "\r\nno header at all\r\n\r\n".to_string(),
            framed(shutdown),
        ]
        .concat();
        assert_eq!(messages(&stream), ["shutdown"]);
    }

    #[test]
    fn a_long_line_of_garbage_before_a_message_is_skipped() {
        // 100 kB of garbage before a good message (read in pieces of MAX_HEADER, never whole).
        let shutdown = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let stream = format!("{}\r\n{}", "x".repeat(100_000), framed(shutdown));
        assert_eq!(messages(&stream), ["shutdown"]);
    }
}
