## 用户可能造成的问题：说明是什么、在哪里。

error-field-required = 此项为必填。
error-field-email = 请输入有效的电子邮箱，例如 name@city.gov.cn。
error-field-phone = 请输入至少六位数字的电话号码，例如 +86 913 212 3456。
error-field-too-long = 内容过长（最多 500 个字符）。
error-field-control = 此内容含有无法打印的控制字符（如 NUL 或 Esc），请重新输入。
error-field-range = 数值超出允许范围。
error-validation = 有{ $count }处需要修改。
error-no-dialogue = 此数据库中还没有对话。请先创建对话，或运行 `concord demo`。
error-dialogue-exists = 此数据库中已有对话（{ $city }）。请使用另一个数据库文件。
error-meeting-not-found = 此数据库中没有编号为{ $meeting }的会议。
error-no-meetings = 此数据库中还没有会议。
error-database-open = 无法打开数据库{ $path }：{ $reason }
error-database-newer = 此数据库由更新版本的 Concord 写入（结构版本{ $found }，本版本支持{ $known }）。请更新 Concord；未做任何更改。
error-database = 数据库错误：{ $reason }
error-write-file = 无法写入{ $path }：{ $reason }
error-pdf = 无法生成 PDF：{ $reason }
error-internal = Concord 内部出错：{ $reason }

## The meeting lifecycle
meeting-refused-open = 只有计划中的会议才能开幕。
meeting-refused-open-another-day = 该会议计划在另一天举行。今天开幕需经会议主持人确认；会议纪要将记载实际举行日期和计划日期。
meeting-refused-close = 只有进行中的会议才能闭幕。
meeting-refused-close-before-open = 闭幕时间不能早于开幕时间。
meeting-refused-approve = 只有已闭幕会议的纪要才能批准。
meeting-refused-attendance = 会议已闭幕，出席情况不能再更改。
meeting-refused-frozen = 纪要已批准并锁定。如需更正，请添加补正。
meeting-refused-not-planned = 会议已开始，会议信息和议程顺序不能再更改。
meeting-refused-addendum = 纪要尚未批准：请直接修改草稿，无需添加补正。
meeting-refused-name = 请填写开幕、闭幕或批准人的姓名。
error-fields-invalid = { $count }个字段需要修改，未保存任何内容。
error-record-not-found = 找不到{ $table } { $id }（可能已被删除）。

## 宣言与手写签名。
decl-error-not-found = 此数据库中没有编号为{ $id }的宣言。
decl-error-signed = 宣言{ $id }已有{ $count }个手写签名。请先清除签名再修改文本；未做任何更改。
decl-error-signer-unknown = 宣言{ $id }没有签署人“{ $role }”。
decl-error-out-of-turn = 还未轮到“{ $role }”签名：应由{ $name }先签。
decl-error-signature-empty = 签名为空。请在框内签名后再保存。
decl-error-signature-too-long = 签名的笔画或点数过多。请清除后重新签名。
decl-error-signature-invalid = 签名超出了签名框。请清除后重新签名。
error-open-file = 无法打开{ $path }：{ $reason }
