fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let parsed = zhidu::policy::parse::parse(zhidu::source::FileId(0), &path, &text);
    for e in &parsed.errors {
        println!(
            "ERR {:?} {} {:?} help={:?}",
            e.location.map(|l| l.span),
            e.message,
            e.label,
            e.help
        );
    }
    let out = zhidu::policy::fmt::format(&parsed.file);
    let again = zhidu::policy::parse::parse(zhidu::source::FileId(0), &path, &out);
    println!("roundtrip equal: {}", again.file == parsed.file);
    println!(
        "idempotent: {}",
        zhidu::policy::fmt::format(&again.file) == out
    );
    print!("{out}");
}
