## 利益相关方名册：表单、搜索、包容性面板、CSV 导入与导出。

register-error-name-required = 请填写中文名或英文名。
register-error-other-group = 请说明代表的其他群体。
register-error-consent-notice = 请说明其同意的告知书。
register-error-not-found = 名册中没有编号为{ $id }的利益相关方。
register-error-erased = 利益相关方{ $id }的个人信息已应本人要求删除，不能再修改。

register-status-active = 在册
register-status-invited = 已邀请
register-status-withdrawn = 已退出

group-women = 妇女
group-youth = 青年
group-elderly = 老年人
group-disabilities = 残疾人
group-migrants = 外来务工人员
group-low-income = 低收入居民
group-ethnic-minorities = 少数民族
group-other = 其他

register-title = 利益相关方名册
register-lead = 参与对话的每一位成员、所属的公约群体，以及他们代表的群体。
register-count = 共{ $total }人，显示{ $shown }人
register-search-label = 搜索名册
register-search-placeholder = 姓名、拼音（wzl）、单位、邮箱……
register-search-keys = / 或 Ctrl+F
register-filter-sector = 领域
register-filter-helix = 三螺旋群体
register-filter-group = 代表群体
register-filter-role = 角色
register-filter-status = 状态
register-filter-any = 全部
register-filter-clear = 清除筛选
register-sort = 排序
register-sort-name = 姓名
register-sort-organisation = 单位
register-sort-sector = 领域
register-sort-recent = 最近添加
register-add = 添加利益相关方
register-import = 导入 CSV 或 Excel…
register-col-name = 姓名
register-col-organisation = 单位
register-col-sector = 领域
register-col-role = 角色
register-col-status = 状态
register-no-results = 没有符合条件的人。
register-no-results-hint = 试试少输几个字、输入拼音首字母（如 wzl），或清除筛选。
register-empty-title = 名册中还没有人
register-empty-body = 可以逐个添加对话的利益相关方，也可以导入现有的表格（Excel 或 WPS 保存的 CSV，中英文均可）。
register-badge-erased = 已删除
register-badge-no-consent = 未同意
register-list-label = 利益相关方

register-form-add-title = 添加利益相关方
register-form-edit-title = 编辑{ $name }
register-form-lead = 带 * 的为必填项。只有同意保存信息的人，其联系方式才会被导出。
register-section-who = 基本信息
register-section-place = 在对话中的位置
register-section-contact = 联系方式与同意
register-field-name-zh = 中文名
register-field-name-en = 英文名
register-field-name-hint = 两个名字至少填写一个。
register-field-organisation-zh = 单位（中文）
register-field-organisation-en = 单位（英文）
register-field-sector = 领域（公约群体）
register-field-helix = 三螺旋群体
register-field-helix-hint = 根据领域自动建议，可以修改。
register-field-role = 角色
register-field-groups = 代表的弱势群体
register-field-other-group = 其他群体是
register-field-email = 电子邮箱
register-field-mobile = 手机
register-field-consent-date = 同意日期
register-field-consent-notice = 同意的告知书
register-field-consent-hint = 本人同意保存其信息的日期，以及其阅读的隐私告知书。
register-field-status = 状态
register-field-note = 备注
register-choose = 请选择…
register-save = 保存
register-saving = 正在保存…
register-cancel = 取消
register-back = ← 返回名册
register-errors-title = { $count ->
    [one] 有 1 处需要修改
   *[other] 有{ $count }处需要修改
}
register-added = 已将{ $name }加入名册。
register-saved = 已保存对{ $name }的修改。
register-withdraw = 退出
register-withdraw-title = 让{ $name }退出？
register-withdraw-body = 此人仍保留在名册、以往的出席记录和表决立场中，但不再计入法定人数和包容性面板。之后可以重新设为在册。
register-withdraw-confirm = 退出
register-withdrawn = { $name }已退出。
register-erase = 删除个人信息
register-erase-title = 删除{ $name }的个人信息？
register-erase-body = 其姓名、单位、联系方式、同意记录和备注将被永久删除，并以化名{ $pseudonym }代替。以往的出席记录和表决立场以该化名保留，结果仍可核查。此操作无法撤销。
register-erase-confirm = 永久删除
register-erased = 个人信息已删除，该记录现为{ $pseudonym }。
register-erased-note = 已于{ $date }应本人要求删除个人信息。

register-import-title = 从 CSV 或 Excel 文件导入利益相关方
register-import-lead = 支持 Excel 工作簿（.xlsx，读取第一个工作表），或 UTF-8、GB18030 编码、以逗号、分号或制表符分隔的 CSV 文件（Excel 和 WPS 的保存格式），表头中英文均可。确认之前不会写入任何内容；只要有一行有问题，就不会导入任何内容。
register-import-choose = 选择 CSV 或 .xlsx 文件…
register-import-reading = 正在读取{ $name }……
register-import-file = { $name } · { $encoding } · { $rows }行
register-import-summary = 新增{ $add } · 更新{ $update } · 跳过{ $skip } · 问题{ $errors }
register-import-ignored = 未使用的列：{ $columns }
register-import-duplicates = { $count ->
    [one] 文件中有 1 人已在名册中。
   *[other] 文件中有{ $count }人已在名册中。
}
register-import-dup-skip = 跳过（名册保持不变）
register-import-dup-update = 用文件中的信息更新
register-import-has-errors = 请在文件中改正这些行后重新选择：只要有一行有问题，就不会导入任何内容。
register-import-confirm = { $count ->
    [one] 导入 1 人
   *[other] 导入{ $count }人
}
register-import-nothing = 没有需要导入的新内容。
register-import-done = 导入完成：新增{ $added }人，更新{ $updated }人。
register-import-col-row = 行
register-import-col-action = 操作
register-import-col-problems = 问题
register-import-action-add = 新增
register-import-action-update = 更新
register-import-action-skip = 跳过
register-import-action-invalid = 有问题
register-import-showing = 显示{ $total }行中的{ $shown }行：先列出所有有问题的行，再列出前面的其他行。
register-import-too-large = 文件超过 20 MB，请拆分成较小的文件。

inclusion-title = 包容性
inclusion-lead = 谁在桌边：统计所有未退出的人。
inclusion-total = { $total }人 · 表决成员{ $voting }人
inclusion-matrix-title = 领域 × 三螺旋群体
inclusion-total-col = 合计
inclusion-missing-sectors = 尚无人参与的公约群体
inclusion-no-missing-sectors = 每个公约群体都有人参与。
inclusion-missing-groups = 尚无人代表的弱势群体
inclusion-no-missing-groups = 每个弱势群体都有人代表。
inclusion-votes = 各三螺旋群体的表决权占比
inclusion-vote-share = { $percent }% · { $count }人
inclusion-dominant = { $helix }占有超过一半的表决权。

csv-col-name-zh = 中文名
csv-col-name-en = 英文名
csv-col-name = 姓名
csv-col-organisation-zh = 单位（中文）
csv-col-organisation-en = 单位（英文）
csv-col-organisation = 单位/机构
csv-col-sector = 领域/部门
csv-col-helix = 三螺旋群体
csv-col-role = 角色
csv-col-groups = 代表群体
csv-col-other-group = 其他群体
csv-col-email = 邮箱
csv-col-mobile = 手机
csv-col-consent-date = 同意日期
csv-col-consent-notice = 同意的告知书
csv-col-status = 状态
csv-col-note = 备注
csv-list-separator = {"、"}

csv-error-empty = 文件是空的：需要一行表头和至少一个人。
csv-error-encoding = 文件不是 UTF-8 或 GB18030 编码的文本。请在 Excel 中另存为“CSV UTF-8”，或在 WPS 中另存为 CSV。
csv-error-no-name-column = 文件中没有姓名列（如“姓名”或“Name”）。
csv-error-no-sector-column = 文件中没有领域列（如“领域/部门”或“Sector”）。
csv-error-repeated-column = “{ $header }”列与“{ $first }”列含义相同，请只保留其中一列。
csv-error-malformed = 第{ $row }行无法按 CSV 读取：{ $reason }
csv-error-unknown-value = “{ $value }”不在可选值中：{ $allowed }。
csv-error-date = “{ $value }”不是日期，请写成 2026-09-15。
csv-error-extra-values = 这一行的值比表头的列多。
csv-error-duplicate-in-file = 与本文件第{ $row }行的{ $by ->
    [email] 邮箱
   *[name] 姓名和单位
}相同。
csv-error-duplicate = 已在名册中，为{ $name }（{ $by ->
    [email] 邮箱
   *[name] 姓名和单位
}相同）。请选择跳过或更新已在名册中的人。
csv-error-at-cell = 第{ $row }行，{ $column }列（{ $header }）：{ $reason }
csv-error-at-row = 第{ $row }行（{ $header }）：{ $reason }
csv-error-read = 无法读取{ $path }：{ $reason }
csv-import-failed = { $count ->
    [one] 有 1 个问题，未导入任何内容。
   *[other] 有{ $count }个问题，未导入任何内容。
}
csv-import-duplicate-hint = 请加上 --on-duplicate skip 或 --on-duplicate update，决定如何处理已在名册中的人。
csv-import-checked = { $file }：{ $encoding }，{ $rows }行。将新增{ $add }人，更新{ $update }人，跳过{ $skip }人。未写入任何内容（试运行）。
csv-import-written = { $file }：{ $encoding }，{ $rows }行。已新增{ $add }人，更新{ $update }人，跳过{ $skip }人。
csv-export-written = 已写入{ $path }：{ $written }人。{ $left ->
    [0] 所有人都同意保存其信息。
   *[other] { $left }人未同意保存其信息，未导出。
}
