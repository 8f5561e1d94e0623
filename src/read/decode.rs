//! Bytes → text in the encodings companies' exports come in: UTF-8 (with or without a BOM),
//! UTF-16 LE or BE with a BOM, and whatever `[encoding]` in zhidu.toml names for the file
//! (GB18030 above all: Excel on Chinese Windows saves CSV in it). A BOM decides; else the
//! configured encoding; else UTF-8.
//!
//! Text that was decoded keeps an [`Origin`]: the way back from a place in the text to the byte
//! of the original file, so that every location refers to the file as it is on disk.

use crate::source::{CHECKPOINT, Origin, encoded_len};
use encoding_rs::{Decoder, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// A file's text.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// `None` for UTF-8, whose text is the file's bytes.
    pub origin: Option<Origin>,
}

/// Why bytes could not be read as text: where, and in which encoding.
#[derive(Debug)]
pub struct Undecodable {
    /// The text with the bad bytes replaced, so that the error has a place to point at.
    pub decoded: Decoded,
    /// The first bad byte: its offset in the text and in the file.
    pub at: usize,
    pub original_at: usize,
    pub encoding: &'static Encoding,
    /// What the bytes most likely are instead.
    pub likely: &'static Encoding,
}

/// The encoding a configuration label names: `gb18030` (and `gbk`, `gb2312`, which it covers),
/// `utf-8`, `utf-16le`, `utf-16be`, or any other label of the WHATWG Encoding Standard.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    // GBK is decoded as GB18030, its superset (the WHATWG GBK decoder already is).
    Some(if encoding == encoding_rs::GBK {
        GB18030
    } else {
        encoding
    })
}

/// The name zhidu.toml would use for an encoding.
pub fn label(encoding: &'static Encoding) -> String {
    encoding.name().to_ascii_lowercase()
}

/// Decodes a file's bytes: by its BOM, else in `configured`, else as UTF-8.
pub fn decode(
    bytes: Vec<u8>,
    configured: Option<&'static Encoding>,
) -> Result<Decoded, Undecodable> {
    let (encoding, bom) = match Encoding::for_bom(&bytes) {
        Some((encoding, bom)) => (encoding, bom),
        None => (configured.unwrap_or(UTF_8), 0),
    };
    if encoding == UTF_8 {
        // A UTF-8 BOM stays in the text (the parsers skip it), so offsets are the file's.
        return match String::from_utf8(bytes) {
            Ok(text) => Ok(Decoded { text, origin: None }),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                // The lossy text has a replacement for each bad sequence: the first one is at
                // the same offset, everything before it being valid.
                Err(Undecodable {
                    likely: likely_encoding(e.as_bytes()),
                    decoded: Decoded { text, origin: None },
                    at,
                    original_at: at,
                    encoding: UTF_8,
                })
            }
        };
    }
    decode_with(encoding, &bytes, bom)
}

/// Decodes `bytes[bom..]` in `encoding`; the first malformed sequence, if any, is located and
/// replaced, and decoding goes on.
fn decode_with(
    encoding: &'static Encoding,
    bytes: &[u8],
    bom: usize,
) -> Result<Decoded, Undecodable> {
    let body = bytes.get(bom..).unwrap_or_default();
    let mut decoder: Decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(body.len().saturating_mul(3) / 2 + 16);
    let mut read = 0;
    let mut first_bad: Option<(usize, usize)> = None;
    let mut input = body;
    loop {
        if let Some(needed) = decoder.max_utf8_buffer_length_without_replacement(input.len()) {
            text.reserve(needed);
        }
        let (result, used) = decoder.decode_to_string_without_replacement(input, &mut text, true);
        read += used;
        input = &input[used..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => text.reserve(CHECKPOINT),
            DecoderResult::Malformed(bad, after) => {
                if first_bad.is_none() {
                    let original = bom + read - usize::from(bad) - usize::from(after);
                    first_bad = Some((text.len(), original));
                }
                // Go on with a replacement, so the text stays whole for the error.
                text.push('\u{fffd}');
            }
        }
    }
    // The way back, a checkpoint every few kilobytes of text: counted from the text (valid text
    // encodes back to exactly the bytes it came from), not from the decoder, which may hold a
    // character's first bytes across a boundary.
    let mut checkpoints = vec![(0, bom)];
    let (mut from, mut original) = (0, bom);
    while from < text.len() {
        let to = floor_boundary(&text, (from + CHECKPOINT).min(text.len()));
        let to = if to <= from { text.len() } else { to };
        original += encoded_len(encoding, &text[from..to]);
        checkpoints.push((to, original));
        from = to;
    }
    let decoded = Decoded {
        text,
        origin: Some(Origin::new(encoding, bom, checkpoints)),
    };
    match first_bad {
        None => Ok(decoded),
        Some((at, original_at)) => Err(Undecodable {
            decoded,
            at,
            original_at,
            encoding,
            likely: likely_encoding(bytes),
        }),
    }
}

/// The char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The encoding bytes that are not UTF-8 most likely are, for a message: UTF-16 when every other
/// byte is zero, else the guess of a detector trained on the Web's legacy encodings (GBK for
/// Chinese text, reported as GB18030, which covers it).
pub fn likely_encoding(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half >= 2 {
        if zeros_at(1) * 3 >= half {
            return UTF_16LE;
        }
        if zeros_at(0) * 3 >= half {
            return UTF_16BE;
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, true);
    // The exports come from Chinese companies: a `.cn` hint tips ties towards GBK.
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    if guess == encoding_rs::GBK {
        GB18030
    } else {
        guess
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "id,name\np1,张伟\np2,李娜 (研发部)\n";

    fn encode(encoding: &'static Encoding, bom: &[u8]) -> Vec<u8> {
        let mut bytes = bom.to_vec();
        if encoding == UTF_16LE {
            bytes.extend(TEXT.encode_utf16().flat_map(u16::to_le_bytes));
        } else if encoding == UTF_16BE {
            bytes.extend(TEXT.encode_utf16().flat_map(u16::to_be_bytes));
        } else {
            bytes.extend(encoding.encode(TEXT).0.iter());
        }
        bytes
    }

    #[test]
    fn boms_and_configured_encodings_give_the_same_text() {
        let cases: [(&'static Encoding, &[u8], Option<&'static Encoding>); 4] = [
            (UTF_16LE, &[0xFF, 0xFE], None),
            (UTF_16BE, &[0xFE, 0xFF], None),
            (GB18030, &[], Some(GB18030)),
            (UTF_8, &[], None),
        ];
        for (encoding, bom, configured) in cases {
            let bytes = encode(encoding, bom);
            let decoded = decode(bytes.clone(), configured).unwrap();
            assert_eq!(decoded.text, TEXT, "{}", encoding.name());
            // Every character's offset maps back to where it starts in the file.
            if let Some(origin) = &decoded.origin {
                for (i, c) in TEXT.char_indices() {
                    let at = origin.original_offset(&decoded.text, i);
                    let mut expected = encode(encoding, bom);
                    expected.truncate(at);
                    let (before, _) = encoding.decode_without_bom_handling(&expected[bom.len()..]);
                    assert_eq!(before, TEXT[..i], "{} before {c:?}", encoding.name());
                }
            }
        }
        // The BOM wins over the configuration.
        let bytes = encode(UTF_16LE, &[0xFF, 0xFE]);
        assert_eq!(decode(bytes, Some(GB18030)).unwrap().text, TEXT);
    }

    #[test]
    fn long_texts_map_back_through_checkpoints() {
        let long: String = "张伟,".repeat(10_000);
        let bytes = GB18030.encode(&long).0.into_owned();
        let decoded = decode(bytes, Some(GB18030)).unwrap();
        let origin = decoded.origin.as_ref().unwrap();
        // Each "张伟," is 5 bytes in GB18030 and 7 in UTF-8.
        for k in [0, 1, 999, 5000, 9999] {
            assert_eq!(origin.original_offset(&decoded.text, k * 7), k * 5);
        }
    }

    #[test]
    fn bad_bytes_are_located_in_the_original() {
        let mut bytes = GB18030.encode("id,name\np1,张伟\n").0.into_owned();
        let bad = bytes.len();
        bytes.extend([0x81, 0x20]); // a lead byte without its trail
        bytes.extend(b"p2\n");
        let e = decode(bytes, Some(GB18030)).unwrap_err();
        assert_eq!(e.original_at, bad);
        assert_eq!(e.decoded.text.get(e.at..e.at + 3), Some("\u{fffd}"));
        let utf8 = decode(vec![b'a', 0xFF, b'b'], None).unwrap_err();
        assert_eq!((utf8.at, utf8.original_at), (1, 1));
    }

    #[test]
    fn the_likely_encoding_is_named() {
        let gbk = GB18030
            .encode(&"采购申请,申请人,金额\n".repeat(20))
            .0
            .into_owned();
        assert_eq!(likely_encoding(&gbk), GB18030);
        assert_eq!(likely_encoding(&encode(UTF_16LE, &[])), UTF_16LE);
        assert_eq!(likely_encoding(&encode(UTF_16BE, &[])), UTF_16BE);
        assert_eq!(encoding_for_label("GBK"), Some(GB18030));
        assert_eq!(encoding_for_label("utf-16le"), Some(UTF_16LE));
        assert_eq!(encoding_for_label("klingon"), None);
    }
}
