## 用户可能造成的问题：说明是什么、在哪里。

error-field-required = 此项为必填。
error-field-email = 请输入有效的电子邮箱，例如 name@city.gov.cn。
error-field-phone = 请输入至少六位数字的电话号码，例如 +86 913 212 3456。
error-field-too-long = 内容过长（最多 500 个字符）。
error-field-range = 数值超出允许范围。
error-validation = 有 { $count } 处需要修改。
error-no-dialogue = 此数据库中还没有对话。请先创建对话，或运行 `concord demo`。
error-dialogue-exists = 此数据库中已有对话（{ $city }）。请使用另一个数据库文件。
error-meeting-not-found = 此数据库中没有编号为 { $meeting } 的会议。
error-no-meetings = 此数据库中还没有会议。
error-database-open = 无法打开数据库 { $path }：{ $reason }
error-database-newer = 此数据库由更新版本的 Concord 写入（结构版本 { $found }，本版本支持 { $known }）。请更新 Concord；未做任何更改。
error-database = 数据库错误：{ $reason }
error-write-file = 无法写入 { $path }：{ $reason }
error-pdf = 无法生成 PDF：{ $reason }
error-internal = Concord 内部出错：{ $reason }
