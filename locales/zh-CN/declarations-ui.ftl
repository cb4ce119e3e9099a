## 文件阶段：宣言、手写签名、预览和导出。

decl-ui-title = 文件
decl-ui-lead = 城市签署的宣言：根据联络人表格填写的 CNSC 会员宣言，以及由模板生成的承诺书。各签署人依次手写签名；PDF 还可以进行数字签名。
decl-ui-list-title = 宣言
decl-ui-empty = 还没有宣言。
decl-ui-kind-membership = 会员宣言
decl-ui-kind-custom = 宣言
decl-ui-open = 打开
decl-ui-back = ← 返回文件
decl-ui-create-membership = 准备会员宣言
decl-ui-new-from-template = 由模板新建宣言
decl-ui-template-circular-economy = 循环经济承诺书
decl-ui-signed-count = 已签署{ $signed } / { $total }
decl-ui-date-place = { $place }，{ $date }
decl-ui-no-date = 未注明日期

## 会员表格检查。

decl-ui-form-title = 联络人表格
decl-ui-form-ok = 会员表格各项均已填写。
decl-ui-form-problems = 会员表格中有{ $count }项需要处理，之后才能导出宣言：
decl-ui-form-incomplete = 联络人的会员表格不完整（{ $count }项），未导出任何文件。请在对话表格中补全。
decl-ui-fix = 在对话表格中修改
decl-ui-problem = { $label }：{ $message }

## 签名。

decl-ui-signers-title = 签名
decl-ui-signer-signed = 已于{ $time }签署
decl-ui-signer-next = 下一位签署
decl-ui-signer-waiting = 等待{ $name }先签署
decl-ui-all-signed = 所有人均已签署。
decl-ui-now-signing = 正在签署：{ $name }
decl-ui-now-signing-role = { $role }
decl-ui-pad-label = { $name }的签名框。可用鼠标、手指或手写笔书写。
decl-ui-pad-hint = 在框内写下签名，然后按“签署”。按 Delete 键清除。
decl-ui-pad-clear = 清除
decl-ui-pad-sign = 签署
decl-ui-pad-empty = 请先在框内写下签名。
decl-ui-pad-full = 签名框已满：请清除后重新签署。
decl-ui-signed-toast = { $name }已签署。
decl-ui-clear-signature = 撤销签名
decl-ui-cleared-toast = 已撤销{ $name }的签名。
decl-ui-signature-of = { $name }的签名

## 预览。

decl-ui-preview-title = 预览
decl-ui-preview-note = 与 PDF 的文字和版块相同；分页只在 PDF 中显示。
decl-ui-lang-en = English
decl-ui-lang-zh = 中文
decl-ui-lang-bilingual = 双语

## 导出。

decl-ui-export-title = 导出 PDF
decl-ui-export-language = 文件语言
decl-ui-sign-digitally = 数字签名
decl-ui-sign-digitally-hint = 使用城市自有证书的 PAdES 签名；证书指纹印在页脚。
decl-ui-digital-signer = 数字签名人
decl-ui-digital-focal-point = 联络人
decl-ui-digital-representative = 高级别代表
decl-ui-export = 导出 PDF
decl-ui-exported = 已保存{ $path }（共{ $pages }页）。
decl-ui-exported-signed = 已保存并签署{ $path }（共{ $pages }页）。

## 城市证书。

decl-ui-cert-title = 城市证书
decl-ui-cert-body = 合作伙伴导入一次此证书后，即可将本市的数字签名视为可信。请通过电话或当面与对方核对指纹。
decl-ui-cert-fingerprint = 指纹（SHA-256）
decl-ui-cert-loading = 正在读取证书…
decl-ui-cert-export = 导出证书（PEM）
decl-ui-cert-exported = 已将城市证书保存到{ $path }。

## 宣言编辑器。

decl-ui-editor-new = 新建宣言
decl-ui-editor-edit = 编辑宣言
decl-ui-edit = 编辑
decl-ui-edit-signed = 已签署的宣言不能修改；请先撤销签名。
decl-ui-field-title-zh = 中文标题
decl-ui-field-title-en = 英文标题
decl-ui-field-place-zh = 中文地点
decl-ui-field-place-en = 英文地点
decl-ui-field-date = 日期
decl-ui-sections-title = 正文
decl-ui-section = 第{ $number }节
decl-ui-field-heading-zh = 中文标题
decl-ui-field-heading-en = 英文标题
decl-ui-field-numbered = 为本节编号
decl-ui-paragraph = 第{ $number }段
decl-ui-field-zh = 中文
decl-ui-field-en = 英文
decl-ui-field-bullet = 列表项
decl-ui-add-paragraph = 添加段落
decl-ui-add-section = 添加一节
decl-ui-remove = 删除
decl-ui-move-up = 上移
decl-ui-move-down = 下移
decl-ui-signers-edit-title = 签署人（按签署顺序）
decl-ui-signer-number = 签署人{ $number }
decl-ui-field-role = 角色代码
decl-ui-field-role-hint = 简短代码，例如 focal-point、high-level-rep 或 partner-mayor。
decl-ui-field-name = 姓名
decl-ui-field-signer-title = 职务
decl-ui-add-signer = 添加签署人
decl-ui-save = 保存
decl-ui-cancel = 取消
decl-ui-saved = 宣言已保存。
decl-ui-errors-title = 有{ $count }处需要修改：
decl-ui-field-sections = 正文
decl-ui-field-signers = 签署人
