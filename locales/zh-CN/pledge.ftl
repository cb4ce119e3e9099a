## 目标承诺书：通过的 2030 年与本世纪中叶目标、通过方式与签名。

pledge-doc-title = { $city }目标承诺书
pledge-doc-subtitle = 2030 年与本世纪中叶目标
pledge-doc-draft-header = 草案 · { $city }目标承诺书 · 尚未通过
pledge-doc-draft-note = 草案：以下目标为提议，尚未经对话的协商一致问题通过。
pledge-doc-intro = { $city }承诺致力于可持续发展与防灾韧性（包括排放），制定 2030 年中期目标和本世纪中叶长期目标，并将本市发展与可持续发展目标相衔接。
pledge-doc-short-term = 2030 年中期目标
pledge-doc-long-term = 本世纪中叶长期目标
pledge-doc-none = 尚无目标；请用 concord targets import --csv 文件 导入，并经协商一致问题通过。
pledge-col-target = 目标
pledge-col-sdg = 可持续发展目标
pledge-col-baseline = 基准
pledge-col-goal = 目标值
pledge-col-change = 变化
pledge-doc-sdg = 目标{ $goal }
pledge-doc-about = 通过情况
pledge-doc-state = 状态
pledge-doc-state-adopted = 已通过
pledge-doc-state-draft = 提议，尚未通过
pledge-doc-adopted-in = 通过于
pledge-doc-question = 第{ $number }项问题
pledge-doc-adopted-on = 通过日期
pledge-doc-outcome = 结果
pledge-doc-count = 目标数
pledge-col-kind = 类型
pledge-doc-advantages = 对社区的益处
pledge-doc-untranslated = 【尚未译成中文。】
