## 会议纪要中议题在愿景之外通过的内容（crates/usecases/src/minutes_adoptions.rs）。
## 此处每个消息须在 locales/en/minutes-adoptions.ftl 中以相同变量存在。

minutes-adopts-scenario = 记录：本问题通过了情景“{ $scenario }”，此后不再修改。
minutes-adopts-targets = 记录：本问题通过了{ $count }项2030年与本世纪中叶目标提案，此后不再修改。
