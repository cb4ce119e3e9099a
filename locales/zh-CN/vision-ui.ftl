## 窗口中的愿景阶段（ui/src/screens/vision.ts、crates/usecases/src/vision_view.rs）。
## 此处每个 id 必须与 locales/en/vision-ui.ftl 相同，变量也相同。

vision-ui-title = 愿景
vision-ui-intro = 本市愿景，中英文并列：草稿、编号版本、利益相关者的修正案和愿景宣言。
vision-ui-empty-title = 尚无愿景
vision-ui-empty-body = 开始第一稿：APSEC 清单的五个部分（宗旨、核心价值、长期目标、可持续发展目标、承诺），每部分均可填写中文和英文。
vision-ui-start-first = 开始第一稿
vision-ui-versions = 版本
vision-ui-version-label = 第{ $number }版
vision-ui-state-draft = 草稿
vision-ui-state-adopted = 已通过
vision-ui-state-superseded = 已被取代
vision-ui-saved-by = { $by }保存于{ $at }
vision-ui-adopted-by = 经{ $meeting }第{ $question }项议题于{ $date }通过：{ $outcome }。
vision-ui-frozen = 本版{ $state ->
        [adopted] 已通过
       *[other] 已被取代
    }，文本不再更改。如需修订，请开始新草稿。
vision-ui-new-draft = 以第{ $number }版为基础新建草稿
vision-ui-new-draft-note = 新草稿采用最新版本并纳入已接受的修正案。
vision-ui-zh = 中文
vision-ui-en = 英文 English
vision-ui-untranslated = 尚未翻译
vision-ui-paragraph = 第{ $key }段
vision-ui-neutrality-year = 碳中和年份
vision-ui-save-draft = 保存草稿
vision-ui-save-as = 另存为第{ $number }版
vision-ui-saved-draft = 第{ $number }版草稿已保存。
vision-ui-saved-version = 已另存为第{ $number }版。
vision-ui-started = 第{ $number }版草稿已开始。
vision-ui-unsaved = 有未保存的修改
vision-ui-checklist = 清单
vision-ui-checklist-note = 清单只作提醒，从不阻止保存。
vision-ui-check-met = 符合
vision-ui-check-warn = 待查
vision-ui-compare = 比较版本
vision-ui-compare-from = 从版本
vision-ui-compare-to = 到版本
vision-ui-compare-show = 比较
vision-ui-compare-result = { $count ->
        [0] 第{ $from }版与第{ $to }版之间没有段落修改。
       *[other] 第{ $from }版与第{ $to }版之间有{ $count }段修改。
    }
vision-ui-diff-legend = 插入的文字加下划线并标 +，删除的文字加删除线并标 −。
vision-ui-diff-added = 新增
vision-ui-diff-removed = 删除
vision-ui-diff-inserted = 插入
vision-ui-diff-deleted = 删除
vision-ui-amendments = 修正案
vision-ui-amendments-count = { $count ->
        [0] 尚无修正案。
       *[other] 共{ $count }项修正案。
    }
vision-ui-amendment-status-pending = 待决
vision-ui-amendment-status-accepted = 已接受
vision-ui-amendment-status-rejected = 已否决
vision-ui-amendment-status-editorial = 文字更正
vision-ui-amendment-by = { $name }，第{ $version }版第{ $key }段
vision-ui-amendment-reason = 理由：{ $reason }
vision-ui-settled-question = 由议题“{ $question }”决定：{ $outcome }
vision-ui-settled-editorial = 联络人作为文字更正接受：{ $reason }
vision-ui-propose = 提出修正案
vision-ui-propose-paragraph = 段落
vision-ui-propose-by = 提出人
vision-ui-propose-zh = 新的中文文本
vision-ui-propose-en = 新的英文文本
vision-ui-propose-reason = 理由
vision-ui-propose-submit = 提出
vision-ui-proposed = 修正案已提出。
vision-ui-propose-draft-only = 修正案针对草稿提出：请选择草稿版本。
vision-ui-export = 导出宣言
vision-ui-exported = 愿景宣言已保存到{ $path }。
vision-ui-question-with-outcome = { $question } — { $outcome }
vision-ui-error-paragraph-amended = 第{ $key }段已有修正案，须保留在本草稿中，不能删除。未保存任何内容。
vision-ui-structure-hint = 共{ $count }段。草稿阶段可以添加、移动（↑ ↓，输入时可按 Alt+↑ / Alt+↓）和删除段落与章节；点击“保存草稿”后生效。
vision-ui-paragraph-new = 新段落
vision-ui-paragraph-tools = { $paragraph }：移动或删除
vision-ui-paragraph-up = 将{ $paragraph }上移（Alt+↑）
vision-ui-paragraph-down = 将{ $paragraph }下移（Alt+↓）
vision-ui-paragraph-remove = 删除{ $paragraph }
vision-ui-paragraph-amended = 此段已有修正案，须保留在草稿中。
vision-ui-remove = 删除
vision-ui-remove-title = 删除{ $paragraph }？
vision-ui-remove-body = 保存后，此段的中英文内容将从本草稿中移除；以前的版本仍保留。
vision-ui-add-paragraph = 添加段落
vision-ui-add-section = 添加章节
vision-ui-section-untitled = 新章节
vision-ui-section-tools = 章节“{ $title }”：移动或删除
vision-ui-section-up = 将章节“{ $title }”上移
vision-ui-section-down = 将章节“{ $title }”下移
vision-ui-section-remove = 删除章节“{ $title }”
vision-ui-section-remove-title = 删除章节“{ $title }”？
vision-ui-section-remove-body = { $count ->
        [0] 保存后，此章节将从本草稿中移除。
       *[other] 保存后，此章节及其{ $count }个段落将从本草稿中移除。
    }以前的版本仍保留。
vision-ui-section-title-zh = 章节标题（中文）
vision-ui-section-title-en = 章节标题（英文）
vision-ui-section-title-required = 有{ $count }个新章节尚无中文或英文标题，请先填写再保存草稿。未保存任何内容。
vision-ui-amendment-unchanged = 此语言不变。
vision-ui-settle = 处理修正案{ $id }
vision-ui-settle-by-question = 以已决议题处理
vision-ui-settle-question = 按此议题处理
vision-ui-settle-no-questions = 没有可用于处理的已决议题：会议中的议题作出决定后即可处理。
vision-ui-asked-in = 已在以下问题中提出：{ $questions }
vision-ui-settle-editorial = 或作为联络人的编辑性更正，理由：
vision-ui-settle-editorial-submit = 记录编辑性决定
vision-ui-settled-toast = 修正案{ $id }：{ $status }。
vision-ui-adopt-by = 以已决议题通过
vision-ui-adopt = 通过第{ $number }版
vision-ui-adopt-title = 通过第{ $number }版？
vision-ui-adopt-body = 第{ $number }版将依据“{ $question }”成为本市的愿景。此后该版本被冻结：文本不再更改，修订须另立新版本并再次通过。
vision-ui-adopted-toast = 第{ $number }版已通过。
vision-ui-adopt-none = 没有可用的已通过议题：只有会议中结果为通过的议题才能通过一个版本。
vision-ui-adopt-unsaved = 请先保存草稿再通过。
vision-ui-export-language = 宣言
vision-ui-exported-signed = 愿景宣言已保存并数字签名：{ $path }。
vision-ui-project = 在投影上显示
vision-ui-projected = 第{ $key }段已在投影上显示。
vision-projector-label = 愿景 · 第{ $version }版 · 第{ $key }段
vision-projector-missing = 此版本中没有第{ $key }段。
vision-projector-amendment = { $name }提出的修正案。理由：{ $reason }
