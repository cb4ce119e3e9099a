# 人员信息只有一种语言时，文件在其旁注明。
doc-original-only-zh = （仅有中文原文）
doc-original-only-en = （仅有英文原文）

# 会员表格中两种语言的字段，拒绝时按此称呼。
decl-form-family-name-zh = 姓（中文）
decl-form-family-name-en = 姓（英文）
decl-form-first-name-zh = 名（中文）
decl-form-first-name-en = 名（英文）
decl-form-title-zh = 职务（中文）
decl-form-title-en = 职务（英文）
decl-form-administration-zh = 地方行政机关（中文）
decl-form-administration-en = 地方行政机关（英文）
decl-form-postal-address-zh = 通信地址（中文）
decl-form-postal-address-en = 通信地址（英文）
decl-form-assistant-name-zh = 助理姓名（中文）
decl-form-assistant-name-en = 助理姓名（英文）

# 对话表单：以下各项均有中英文两种写法。
field-family-name-zh = 姓（中文）
field-family-name-en = 姓（拼音）
field-first-name-zh = 名（中文）
field-first-name-en = 名（拼音）
field-title-zh = 职务（中文）
field-title-en = 职务（英文）
field-administration-zh = 所在地方政府部门（中文）
field-administration-en = 所在地方政府部门（英文）
field-postal-address-zh = 通讯地址（中文）
field-postal-address-en = 通讯地址（英文）
field-assistant-name-zh = 助理姓名（中文）
field-assistant-name-en = 助理姓名（拼音）
field-hlr-name-zh = 代表姓名（中文）
field-hlr-name-en = 代表姓名（拼音）
field-hlr-title-zh = 代表职务（中文）
field-hlr-title-en = 代表职务（英文）
