# 导入时整个拒绝的文件，以及单元格中拒绝的文本。限值见 crates/register/src/limits.rs。

import-safety-at-row = 第{ $row }行：{ $reason }
import-safety-at-cell = 第{ $row }行，{ $column }列：{ $reason }
import-safety-in-file = { $file }：{ $problem }

import-safety-too-large = 文件超过{ $megabytes } MB，超出导入可读取的大小；未读取任何内容。
import-safety-too-many-rows = 文件超过{ $limit }行，超出导入可读取的行数；未导入任何内容。
import-safety-too-many-columns = 这一行超过{ $limit }列；未导入任何内容。
import-safety-too-many-cells = 文件超过{ $limit }个单元格，超出导入可读取的数量；未导入任何内容。
import-safety-field-too-large = 此单元格超过{ $kilobytes } KB；未导入任何内容。
import-safety-unclosed-quote = 此单元格中开始的引号没有闭合，其后各行都会被读进这一个单元格。请闭合或删除该引号；未导入任何内容。
import-safety-mixed-encoding = 这一行是{ $found }编码，文件其余部分是{ $expected }。请将整个文件保存为同一种编码（Excel 中选“CSV UTF-8”）；未导入任何内容。
import-safety-invalid-bytes = 此单元格中有不是{ $encoding }文本的字节；未导入任何内容。
import-safety-control-character = 含有控制字符（如 NUL 或转义码），姓名和文本中都不能有。请删除。

# read_table 的调用方（指标数值、情景）按数值表的限值得到的消息。
table-too-many-columns = 有一行超过 1,000 列。
table-too-many-cells = 文件超过一千万个单元格。
table-field-too-large = 此行有单元格超过 1 MB。
