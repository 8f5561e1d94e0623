//! `zhidu check [PATH…]`: data against policies.

use clap::Args;
use std::io::{self, Write};

#[derive(Args, Debug)]
pub struct CheckArgs {}

pub fn run(_args: CheckArgs, _out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    writeln!(err, "zhidu: check is not built yet")?;
    Ok(super::exit::INPUT)
}
