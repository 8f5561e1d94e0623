//! The compound file (MS-CFB) an `.xls` workbook is stored in, checked before calamine reads it.
//!
//! calamine trusts the file's structure: a sector chain that loops back on itself is followed
//! until memory runs out, a chain that leaves the allocation table indexes past it, a sheet's
//! declared dimensions (up to four billion rows) are reserved as cells before any is read, and
//! every sheet is made a dense grid from its first cell to its last (two cells at `A1` and
//! `IV65536` make sixteen million). Each is a five-kilobyte file that aborts the run (fuzzing
//! found them within minutes).
//! This walks the same structure the way calamine does, without following any chain twice, and
//! refuses those files with a message; what it cannot make sense of it leaves to calamine, whose
//! own errors are clean.

use crate::i18n::Message;

/// Sector numbers at and above this mark the end of a chain or a special sector.
const RESERVED: u32 = 0xFFFF_FFFA;
/// Sectors that hold the DIFAT, which calamine leaves out of the allocation table.
const DIFAT_SECTOR: u32 = 0xFFFF_FFFC;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// What calamine reserves per declared cell of a sheet (a position and a value).
const BYTES_PER_CELL: u64 = 40;
/// Streams shorter than this live in the mini stream, in 64-byte sectors.
const MINI_CUTOFF: u64 = 4096;
/// The BIFF record that declares a sheet's used range.
const DIMENSIONS: u16 = 0x0200;

/// Refuses a compound file whose chains loop or leave their table, or whose workbook declares
/// sheets whose cells would take more than `limit` bytes.
pub fn check(bytes: &[u8], limit: u64) -> Result<(), Message> {
    let Some(file) = Compound::open(bytes) else {
        return Ok(()); // not a compound file calamine accepts: it says so itself
    };
    // What is damaged is the file format's own vocabulary, said as the specification says it.
    let damaged = |what: &str| Message::new("sheet-damaged-xls").arg("detail", what);
    let fat = file
        .fat()
        .map_err(|e| damaged(&format!("its allocation table {e}")))?;
    let directory = file
        .chain(file.u32_at(48), &fat, file.size, u64::MAX)
        .map_err(|e| damaged(&format!("its directory {e}")))?;
    let entries: Vec<Entry> = directory.chunks_exact(128).map(Entry::read).collect();
    let Some(root) = entries.first() else {
        return Ok(());
    };
    let mini_fat_sectors = file.u32_at(64);
    let (mini_stream, mini_fat) = if mini_fat_sectors > 0 {
        let stream = file
            .chain(root.start, &fat, file.size, root.len)
            .map_err(|e| damaged(&format!("its mini stream {e}")))?;
        let table = file
            .chain(
                file.u32_at(60),
                &fat,
                file.size,
                u64::from(mini_fat_sectors) * file.size as u64,
            )
            .map_err(|e| damaged(&format!("its mini allocation table {e}")))?;
        (stream, words(&table).collect())
    } else {
        (Vec::new(), Vec::new())
    };
    let mini = Compound {
        bytes: &mini_stream,
        size: 64,
        header: 0,
    };
    // The raw file is scanned too: where calamine's reading of a damaged mini stream falls back
    // on the file's own bytes, those are what it parses.
    let mut cells = declared_cells(bytes);
    for entry in &entries {
        if !entry.name.eq_ignore_ascii_case("Workbook") {
            continue;
        }
        let stream = if entry.len < MINI_CUTOFF {
            let stream = mini
                .chain(entry.start, &mini_fat, 64, entry.len)
                .map_err(|e| damaged(&format!("its workbook stream {e}")))?;
            // calamine reads a short mini stream on from wherever the file stands: refuse.
            if (stream.len() as u64) < entry.len {
                return Err(damaged("its workbook stream is shorter than it says"));
            }
            stream
        } else {
            file.chain(entry.start, &fat, file.size, entry.len)
                .map_err(|e| damaged(&format!("its workbook stream {e}")))?
        };
        cells = cells.max(declared_cells(&stream)).max(grid_cells(&stream));
    }
    if cells.saturating_mul(BYTES_PER_CELL) > limit {
        return Err(Message::new("sheet-declares-cells").arg("cells", cells.to_string()));
    }
    Ok(())
}

/// A compound file's sectors: sector `n` starts at `header + n * size`.
struct Compound<'a> {
    bytes: &'a [u8],
    size: usize,
    header: usize,
}

/// A directory entry: a stream's name, first sector and length.
struct Entry {
    name: String,
    start: u32,
    len: u64,
}

impl Entry {
    fn read(raw: &[u8]) -> Entry {
        let name: Vec<u16> = words16(&raw[..64]).take_while(|&c| c != 0).collect();
        let start = u32::from_le_bytes([raw[116], raw[117], raw[118], raw[119]]);
        let mut len = [0u8; 8];
        len.copy_from_slice(&raw[120..128]);
        Entry {
            name: String::from_utf16_lossy(&name),
            start,
            len: u64::from_le_bytes(len),
        }
    }
}

impl<'a> Compound<'a> {
    fn open(bytes: &'a [u8]) -> Option<Compound<'a>> {
        const SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
        if bytes.len() < 512 || !bytes.starts_with(SIGNATURE) {
            return None;
        }
        let size = match u16::from_le_bytes([bytes[30], bytes[31]]) {
            9 => 512,
            12 => 4096,
            _ => return None,
        };
        Some(Compound {
            bytes,
            size,
            header: size,
        })
    }

    fn u32_at(&self, at: usize) -> u32 {
        self.bytes
            .get(at..at + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The highest sector number calamine reads (it stops at a sector beyond this one).
    fn last_sector(&self) -> usize {
        self.bytes.len() / self.size
    }

    /// Sector `id` as far as the file holds it, or `None` beyond the last sector (calamine
    /// stops there with an error of its own). A sector below that mark which starts past the
    /// file's end is an error: calamine slices it out of bytes it does not have.
    fn sector(&self, id: u32) -> Result<Option<&'a [u8]>, String> {
        let index = id as usize;
        if index > self.last_sector() {
            return Ok(None);
        }
        let start = self.header.saturating_add(index.saturating_mul(self.size));
        let end = start.saturating_add(self.size).min(self.bytes.len());
        match self.bytes.get(start..end.max(start)) {
            Some(sector) => Ok(Some(sector)),
            None => Err(format!("names sector {id}, past the end of the file")),
        }
    }

    /// The allocation table, gathered as calamine gathers it: the sectors the header's DIFAT
    /// names, then those of the DIFAT chain (whose last word is the next DIFAT sector).
    fn fat(&self) -> Result<Vec<u32>, String> {
        let mut difat: Vec<u32> = words(&self.bytes[76..512]).collect();
        let mut next = self.u32_at(68);
        let mut hops = 0;
        while next < RESERVED && hops <= self.last_sector() + 1 {
            hops += 1;
            let Some(sector) = self.sector(next)? else {
                break;
            };
            difat.extend(words(sector));
            next = difat.pop().unwrap_or(END_OF_CHAIN);
        }
        let mut fat = Vec::new();
        for id in difat.into_iter().filter(|&id| id < DIFAT_SECTOR) {
            match self.sector(id)? {
                Some(sector) => fat.extend(words(sector)),
                None => break,
            }
        }
        Ok(fat)
    }

    /// The bytes of the chain from `start` (at most `len`), refusing a chain that comes back to
    /// a sector it passed or leaves the table. A sector beyond the file ends the chain: calamine
    /// stops there with an error of its own.
    fn chain(&self, start: u32, table: &[u32], size: usize, len: u64) -> Result<Vec<u8>, String> {
        let mut seen = vec![false; self.last_sector() + 1];
        let mut out = Vec::new();
        let mut id = start;
        while id != END_OF_CHAIN {
            let Some(sector) = self.sector(id)? else {
                break;
            };
            let slot = &mut seen[id as usize];
            if *slot {
                return Err(format!("loops back to sector {id}"));
            }
            *slot = true;
            let room = usize::try_from(len.saturating_sub(out.len() as u64)).unwrap_or(usize::MAX);
            out.extend_from_slice(&sector[..sector.len().min(room).min(size)]);
            if out.len() as u64 >= len {
                break;
            }
            id = *table
                .get(id as usize)
                .ok_or_else(|| format!("leaves its allocation table at sector {id}"))?;
        }
        Ok(out)
    }
}

/// The most cells any Dimensions record in the stream declares, computed as calamine does
/// (including its wrapping arithmetic). Records are looked for at every offset: calamine reads
/// sheets from wherever the workbook's index points, so no single alignment is the true one.
fn declared_cells(stream: &[u8]) -> u64 {
    let u16_at = |at: usize| u32::from(u16::from_le_bytes([stream[at], stream[at + 1]]));
    let u32_at = |at: usize| {
        u32::from_le_bytes([stream[at], stream[at + 1], stream[at + 2], stream[at + 3]])
    };
    let mut most = 0;
    for at in 0..stream.len().saturating_sub(3) {
        if u16_at(at) != u32::from(DIMENSIONS) {
            continue;
        }
        let len = u16_at(at + 2) as usize;
        let body = at + 4;
        if body + len > stream.len() {
            continue;
        }
        let (first_row, last_row, mut first_col, last_col) = match len {
            10 => (
                u16_at(body),
                u16_at(body + 2),
                u16_at(body + 4),
                u16_at(body + 6),
            ),
            14 | 16 => (
                u32_at(body),
                u32_at(body + 4),
                u16_at(body + 8),
                u16_at(body + 10),
            ),
            _ => continue,
        };
        if first_col > 0xFF || last_col < first_col {
            first_col = 0;
        }
        let (rows, cols) = if last_row >= 1 && last_col >= 1 {
            (
                (last_row - 1).wrapping_sub(first_row).wrapping_add(1),
                (last_col - 1).wrapping_sub(first_col).wrapping_add(1),
            )
        } else {
            (1, 1)
        };
        most = most.max(u64::from(rows) * u64::from(cols));
    }
    most
}

/// The most cells any sheet's grid spans, as calamine builds it: from the smallest row and
/// column of the sheet's cell records to the largest. Sheets are found as calamine finds them:
/// the workbook's records in order, each BoundSheet record giving where a sheet's records begin.
fn grid_cells(stream: &[u8]) -> u64 {
    const BOUND_SHEET: u16 = 0x0085;
    const BOF: u16 = 0x0809;
    const EOF: u16 = 0x000A;
    const CONTINUE: u16 = 0x003C;
    const MUL_RK: u16 = 0x00BD;
    const CELLS: &[u16] = &[0x0006, 0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD];
    /// Records from `at`: (type, body), Continue records skipped as calamine merges them.
    fn records(stream: &[u8], at: usize) -> impl Iterator<Item = (u16, &[u8])> {
        let mut rest = stream.get(at..).unwrap_or_default();
        std::iter::from_fn(move || {
            loop {
                if rest.len() < 4 {
                    return None;
                }
                let kind = u16::from_le_bytes([rest[0], rest[1]]);
                let len = usize::from(u16::from_le_bytes([rest[2], rest[3]]));
                let body = rest.get(4..4 + len)?;
                rest = &rest[4 + len..];
                if kind != CONTINUE {
                    return Some((kind, body));
                }
            }
        })
    }
    let u16_at = |b: &[u8], at: usize| {
        b.get(at..at + 2)
            .map(|w| u32::from(u16::from_le_bytes([w[0], w[1]])))
    };
    let sheets: Vec<usize> = records(stream, 0)
        .take_while(|(kind, _)| *kind != EOF)
        .filter(|(kind, _)| *kind == BOUND_SHEET)
        .filter_map(|(_, body)| {
            body.get(..4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        })
        .collect();
    let mut most = 0;
    for at in sheets {
        let (mut rows, mut cols) = ((u32::MAX, 0), (u32::MAX, 0));
        let (mut seen_bof, mut depth) = (false, 0u32);
        for (kind, body) in records(stream, at) {
            match kind {
                BOF if seen_bof => depth += 1,
                BOF => seen_bof = true,
                EOF if depth > 0 => depth -= 1,
                EOF => break,
                _ if depth > 0 => {}
                MUL_RK => {
                    if let (Some(row), Some(first), Some(last)) = (
                        u16_at(body, 0),
                        u16_at(body, 2),
                        body.len().checked_sub(2).and_then(|at| u16_at(body, at)),
                    ) {
                        rows = (rows.0.min(row), rows.1.max(row));
                        cols = (cols.0.min(first.min(last)), cols.1.max(first.max(last)));
                    }
                }
                kind if CELLS.contains(&kind) => {
                    if let (Some(row), Some(col)) = (u16_at(body, 0), u16_at(body, 2)) {
                        rows = (rows.0.min(row), rows.1.max(row));
                        cols = (cols.0.min(col), cols.1.max(col));
                    }
                }
                _ => {}
            }
        }
        if rows.0 <= rows.1 && cols.0 <= cols.1 {
            most = most.max(u64::from(rows.1 - rows.0 + 1) * u64::from(cols.1 - cols.0 + 1));
        }
    }
    most
}

/// Little-endian 32-bit words.
fn words(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

/// Little-endian 16-bit words.
fn words16(bytes: &[u8]) -> impl Iterator<Item = u16> + '_ {
    bytes
        .chunks_exact(2)
        .map(|w| u16::from_le_bytes([w[0], w[1]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Vec<u8> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/tables/workbooks/业务台账.xls"
        );
        std::fs::read(path).unwrap_or_default()
    }

    #[test]
    fn a_sound_workbook_passes() {
        let bytes = fixture();
        assert!(!bytes.is_empty());
        assert_eq!(check(&bytes, 1 << 30), Ok(()));
        let file = Compound::open(&bytes).unwrap();
        assert!(!file.fat().unwrap().is_empty());
    }

    #[test]
    fn a_looping_directory_chain_is_refused() {
        let mut bytes = fixture();
        let file = Compound::open(&bytes).unwrap();
        let fat = file.fat().unwrap();
        let dir = file.u32_at(48) as usize;
        // The directory's sector points at itself in the allocation table.
        let first_fat_sector = file.u32_at(76) as usize;
        assert!(dir < fat.len());
        let at = 512 + first_fat_sector * 512 + dir * 4;
        bytes[at..at + 4].copy_from_slice(&(dir as u32).to_le_bytes());
        let error = check(&bytes, 1 << 30).unwrap_err();
        assert!(error.to_string().contains("loops back"), "{error}");
    }

    #[test]
    fn huge_declared_dimensions_are_refused() {
        // A workbook stream holding one BIFF8 Dimensions record of four billion rows.
        let mut stream = vec![0x00, 0x02, 14, 0];
        stream.extend(0u32.to_le_bytes());
        stream.extend(u32::MAX.to_le_bytes());
        stream.extend(0u16.to_le_bytes());
        stream.extend(200u16.to_le_bytes());
        stream.extend([0, 0]);
        assert_eq!(declared_cells(&stream), u64::from(u32::MAX) * 200);
        // A reversed range wraps, as it does in calamine.
        let mut reversed = vec![0x00, 0x02, 10, 0];
        for v in [10u16, 5, 0, 3] {
            reversed.extend(v.to_le_bytes());
        }
        reversed.extend([0, 0]);
        assert!(declared_cells(&reversed) > 1 << 32);
        assert_eq!(declared_cells(&[0x00, 0x02, 14]), 0);
    }

    #[test]
    fn a_grid_spans_from_first_to_last_cell_of_each_sheet() {
        fn record(kind: u16, body: &[u8]) -> Vec<u8> {
            let mut out = kind.to_le_bytes().to_vec();
            out.extend((body.len() as u16).to_le_bytes());
            out.extend(body);
            out
        }
        let number = |row: u16, col: u16| {
            let mut body = row.to_le_bytes().to_vec();
            body.extend(col.to_le_bytes());
            body.extend([0; 10]);
            record(0x0203, &body)
        };
        let globals_len = 4 + 8 + 4; // BoundSheet (8-byte body), then EOF
        let mut stream = record(0x0085, &(globals_len as u32).to_le_bytes().repeat(2));
        stream.extend(record(0x000A, &[]));
        assert_eq!(stream.len(), globals_len);
        stream.extend(record(0x0809, &[0; 16]));
        stream.extend(number(0, 0));
        stream.extend(number(65535, 255));
        stream.extend(record(0x000A, &[]));
        // A cell after the sheet's EOF is no cell of it.
        stream.extend(number(3, 3000));
        assert_eq!(grid_cells(&stream), 65536 * 256);
        assert_eq!(grid_cells(&stream[..globals_len]), 0);
    }
}
