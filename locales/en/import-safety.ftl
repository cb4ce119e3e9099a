# Files an import refuses whole, and text it refuses in a cell. The limits are in
# crates/register/src/limits.rs.

import-safety-at-row = Row { $row }: { $reason }
import-safety-at-cell = Row { $row }, column { $column }: { $reason }
import-safety-in-file = { $file }: { $problem }

import-safety-too-large = The file is larger than { $megabytes } MB, more than an import reads; nothing was read.
import-safety-too-many-rows = The file has more than { $limit ->
    [one] one row
   *[other] { $limit } rows
}, more than an import reads; nothing was imported.
import-safety-too-many-columns = This row has more than { $limit ->
    [one] one column
   *[other] { $limit } columns
}; nothing was imported.
import-safety-too-many-cells = The file has more than { $limit ->
    [one] one cell
   *[other] { $limit } cells
}, more than an import reads; nothing was imported.
import-safety-field-too-large = This cell is longer than { $kilobytes } KB; nothing was imported.
import-safety-unclosed-quote = A quote opened in this cell is never closed, so every row after it would be read into this one cell. Close the quote or remove it; nothing was imported.
import-safety-mixed-encoding = This row is in { $found }, the rest of the file in { $expected }. Save the whole file in one encoding (in Excel: "CSV UTF-8"); nothing was imported.
import-safety-invalid-bytes = This cell holds bytes that are not { $encoding } text; nothing was imported.
import-safety-control-character = Holds a control character (such as NUL or an escape code), which no name or text may hold. Remove it.

# What read_table's callers (indicator values, scenarios) get, for the value-table limits.
table-too-many-columns = A row has more than 1,000 columns.
table-too-many-cells = The file has more than 10 million cells.
table-field-too-large = A cell in this row is longer than 1 MB.
