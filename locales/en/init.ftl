### `zhidu init`: its questions, and the comments of the zhidu.toml it writes.

init-exists = `{ $path }` exists; --force replaces it
init-ask = Write this to { $path }? [Y/n]
init-nothing-written = nothing written
init-wrote = wrote { $path } (packs: { $packs })
init-no-data = no data under `{ $path }`: nothing to propose packs from
init-no-data-help = point `zhidu init` at the folder that holds the organisation and its records (docs/data.md)
init-head = zhidu.toml, written by `zhidu init` (docs/cli.md lists every setting).
init-packs = The regulations this organisation follows: built-in packs (`zhidu packs` lists all).
init-why-chosen = chosen
init-why-kind = the data has { $collection } of kind `{ $kind }`
init-why-names = the organisation has { $names }
init-why-level = the organisation has roles of level { $level }
init-why-org = the data has an organisation
init-kinds = Record kinds found: { $kinds }.
init-covers =
    Plans, meetings and reports are judged as missing only for the kinds the data holds or
    `covers` lists. These kinds the chosen packs require are not in the data: list those the
    organisation must keep, so that their absence is reported.
init-timezone = The data set's time zone.
init-as-of =
    The day a check is made for: today by default. In CI, pin it so that a run can be
    repeated — here, or with `zhidu check --as-of "$(date +%F)"` in the job.
init-already-has = (zhidu.toml already has { $table }: add what it lacks)
init-files-why = Which collection each sheet or file holds, from its name or headers (a title row above the headers: header_row; a sheet of one kind of record: its kind).
init-encoding-why = Files saved in another encoding than UTF-8.
init-columns-why = Headers zhidu does not know: kept as attrs (map one to a field if it is one), or dropped (personal data no regulation asks for).
init-values-why = Kinds of records as the export writes them, mapped to the kinds the regulations judge.
init-unbound-kind = { $count } { $collection }: no clause judges this kind; map it to one that does, or leave it
init-kept = Kept from the zhidu.toml this replaces.
