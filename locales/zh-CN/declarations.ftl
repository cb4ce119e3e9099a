## 宣言：APEC 可持续城市合作网络会员宣言、模板、签署。

decl-section-heading = { $number }、{ $title }
decl-place = 地点
decl-date = 日期
decl-date-open = （待填日期）
decl-signatures = 签署
decl-role-focal-point = 联络人（多方利益相关者对话主持人）
decl-role-high-level-rep = 地方行政首长或其代表
decl-footer-fingerprint = 证书 SHA-256 { $fingerprint }
decl-footer-fingerprint-bilingual = 证书 Certificate SHA-256 { $fingerprint }

## APEC 可持续城市合作网络会员宣言（APEC 可持续能源中心邀请函附件）。

decl-membership-title = 省、市、直辖市、县及镇会员宣言
decl-membership-subtitle = APEC 可持续城市合作网络（CNSC）
decl-membership-s1 = 引言
decl-membership-s1-p1 = APEC 可持续省、市、直辖市、县或镇合作网络是一项开放、共享、公平、合作的伙伴关系倡议，服务于 APEC 21 个经济体的区域和地方实体。APEC 可持续能源中心（APSEC）于 2014 年第十一届 APEC 能源部长会议上成立，经 APEC 领导人指定为该伙伴关系倡议的官方执行机构。
decl-membership-s2 = 宗旨
decl-membership-s2-p1 = CNSC 的宗旨是通过与会员合作实现 APEC 两大能源目标（降低能源强度、可再生能源占比翻一番），促进会员的可持续发展；这两大目标也体现在可持续发展目标（SDG）7（经济适用的清洁能源）之中。随着气候灾害日益增多，抗灾韧性正被公认为实现可持续发展目标不可或缺的支撑。城市和地方社区支持可持续发展的最佳途径之一，就是增强抗灾韧性。抗灾韧性是可持续发展目标 11（可持续城市和社区）的组成部分。
decl-membership-s2-p2 = 联合国还于 2017 年专门针对城市通过了《城市抗灾韧性记分卡》。可持续发展目标和抗灾韧性两方面的进展，均以联合国确定的指标体系进行评估。可持续发展目标指标见 https://unstats.un.org/sdgs/indicators/indicators-list/；城市抗灾韧性记分卡的更多信息见 https://mcr2030.undrr.org/disaster-resilience-scorecard-cities。
decl-membership-s3 = 主要活动
decl-membership-s3-p1 = CNSC 会员制定地方愿景，引导自身走向更高水平的可持续发展和抗灾韧性，包括迈向碳中和的未来。为此，会员在 APSEC 或其指定的合格承包方协助下组织多方利益相关者对话（MSD），使所有行动方都能通过参与、信息共享、获得融资和能力建设，为向可持续发展转型作出贡献。多方利益相关者对话的参与者成为 APEC 可持续服务网络的成员。为彰显 CNSC 会员对愿景的承诺，会员将在条件允许时于市政厅举行多方利益相关者对话全体会议，并委派一名高级别代表主持全体会议的开幕和闭幕。愿景的说明和多方利益相关者对话的运作方式见此处（http://apsec.tju.edu.cn/index.php/En/Xiangmu/article/id/51.html）。
decl-membership-s3-p2 = CNSC 会员提名一名 CNSC 联络人，指定一名高级行政官员或高级规划官员在 CNSC 中代表会员并主持多方利益相关者对话。如多方利益相关者对话的各方就某一具体问题持续无法形成共识，或持续存在分歧，由联络人就该问题作出决定。
decl-membership-s3-p3 = CNSC 会员识别可持续发展和抗灾韧性方面的差距，并收集相关数据以监测改进情况。在此过程中，会员得到 APSEC 或其指定的合格承包方的协助。数据收集可在多方利益相关者对话框架内通过与售能企业合作开展，也可在智慧城市理念下与地方基础设施运营方合作开展，或通过激励本地市民（特别是与高校合作）使用其应用程序收集数据。CNSC 已确定一套相关的地方数据，并建立了名为 APEC 城市统计（APEC City Stats）的数据库，见 http://apeccitystats.tju.edu.cn/client/homePage。
decl-membership-s3-p4 = CNSC 会员针对人口、能源、排放、地区生产总值等若干关键变量制定基准情景（BAU）。会员在 APSEC 或其指定的合格承包方协助下完成这项工作。
decl-membership-s3-p5 = CNSC 会员承诺致力于实现可持续发展和抗灾韧性（包括排放方面），为此设定将自身发展与可持续发展目标相衔接的 2030 年中期目标和本世纪中叶的长期目标，并明确为可持续发展目标作出贡献给本社区带来的益处。
decl-membership-s3-p6 = CNSC 会员计划采取措施，努力实现所设定的可持续发展目标（包括排放方面）。会员在加入 CNSC 后的第一年内说明其短期和长期将采取的行动。会员在 APSEC 或其指定的合格承包方协助下完成这项工作，并可从与其他 CNSC 会员的经验交流中获益。
decl-membership-s3-p7 = CNSC 会员公布对照所设短期和长期目标的进展情况，评估已采取的措施并在必要时加以调整。会员在 APSEC 或其指定的合格承包方协助下完成这些工作。
decl-membership-s3-p8 = CNSC 会员可参与由 APSEC 或其指定的合格承包方组织的技术转让。APEC 能源工作组在能源智慧社区倡议知识共享平台（ESCI-KSP）上展示相关技术，见 https://www.esci-ksp.org/。
decl-membership-s3-p9 = 一旦举办 APEC 城市奖项评选，CNSC 会员将获得参评协助。
decl-membership-s4 = 会员权益
decl-membership-s4-intro = 在开展以下工作时获得协助：
decl-membership-s4-b1 = 制定引导会员走向可持续发展（包括碳中和）的地方愿景
decl-membership-s4-b2 = 收集与可持续发展目标相关的数据，包括抗灾韧性相关数据
decl-membership-s4-b3 = 制定基准情景（BAU）
decl-membership-s4-b4 = 规划措施并着手采取行动，以实现可持续发展
decl-membership-s4-b5 = 发布对照所设目标的进展报告，并评估各项措施
decl-membership-s4-b6 = 参与清洁和可持续技术的技术转让
decl-membership-s4-b7 = 在 APEC 城市奖项确定后参加评选
decl-membership-s4-b8 = 使项目具备融资条件。
decl-membership-s5 = 如何加入网络
decl-membership-s5-undersigned = 签署人{ $name }（姓、名），以 APEC 经济体{ $economy }的{ $administration }（省、市、直辖市、县或镇）地方行政机关{ $title }的身份，连同下表所列的通信地址、电子邮箱、完整的手机号码、传真及助理信息，特此证明：已知悉本会员宣言，并已获得本地方行政机关首长的原则同意，担任联络人，即多方利益相关者对话主持人，以及本市与可持续城市合作网络（CNSC）之间的联系人。
decl-membership-s5-efforts = 签署人将尽最大努力，按照本会员宣言所述方式参与 CNSC 的合作。如终止合作，签署人承诺通过电子邮件 steivan@tju.edu.cn 通知 APSEC 的 DEFILLA Steivan 教授。

## 会员表格：联络人信息。

decl-form-heading = 联络人
decl-form-family-name = 姓
decl-form-first-name = 名
decl-form-title = 职务
decl-form-administration = 地方行政机关
decl-form-city = 省、市、直辖市、县或镇
decl-form-economy = APEC 经济体
decl-form-postal-address = 通信地址
decl-form-email = 电子邮箱
decl-form-mobile = 完整的手机号码
decl-form-fax = 传真
decl-form-assistant-name = 助理姓名
decl-form-assistant-email = 助理电子邮箱

## 模板：循环经济承诺，依据《亚洲循环城市宣言》。

decl-ce-title = 亚洲循环城市宣言
decl-ce-intro-1 = 鉴于当前危机带来的社会经济影响和持续的气候紧急状态，我们借此机会承诺实现循环型复苏，迈向更具韧性的未来。向再生型经济模式进行系统性转变，是实现气候中和、促进社会繁荣、将资源消耗控制在地球承载边界之内的根本所在。
decl-ce-intro-2 = 循环城市是指与市民、企业和科研界合作，在城市各项职能中以统筹方式推动从线性经济向循环经济转型的城市。在实践中，这意味着培育使资源利用与经济活动脱钩的商业模式和行为方式，尽可能长久地保持产品、部件、材料和养分的价值与效用，从而实现物质闭环，最大限度减少有害的资源使用和废弃物产生。
decl-ce-intro-3 = 通过这一循环转型，我们力求按照可持续发展目标，增进人类福祉，减少排放，保护和增强生物多样性，促进社会公正。
decl-ce-philosophy = 理念
decl-ce-philosophy-1 = 从线性经济向循环经济转型，是我们使经济增长与资源利用脱钩、建设气候中和、公平和繁荣社会的核心举措。
decl-ce-philosophy-2 = 地方和区域政府在实现所需的系统性、变革性转变中发挥关键作用，必须在这一使命中与各级政府以及来自公民社会、私营部门和科研界的利益相关者积极合作。
decl-ce-philosophy-3 = 尽管有效的做法因发展水平和可用资源而异，各城市都负有追求循环未来的共同责任。
decl-ce-philosophy-4 = 提供一个共享的、共同的循环城市愿景，有助于确保我们朝着同一方向前进。
decl-ce-effects = 签署意义
decl-ce-effects-1 = 在选择资源高效、低碳和对社会负责的发展道路上发挥引领作用。
decl-ce-effects-2 = 展示我们在整个行政体系内采取行动的决心。
decl-ce-effects-3 = 与一批志同道合、雄心勃勃的地方和区域政府开展合作。
decl-ce-effects-4 = 获得来自亚洲、欧洲和世界各地专业机构和网络的实施支持。
decl-ce-commitments = 承诺
decl-ce-commitments-intro = 签署本宣言，即表示我们承诺在本机构内协调一致地运用我们所掌握的各种手段，包括：
decl-ce-commit-1 = 制定明确的循环经济目标和战略，为本地循环转型提供共同方向
decl-ce-commit-2 = 在本行政机关内部以及本地市民和企业中提高对循环做法的认识
decl-ce-commit-3 = 让来自公民社会、私营部门和科研界的本地利益相关者直接参与循环经济规划和行动的制定，努力使转型具有包容性，并帮助培育共享经济、维修经济等循环商业模式
decl-ce-commit-4 = 将循环原则纳入城市规划、基础设施和资产管理程序
decl-ce-commit-5 = 利用公共采购促进循环产品和服务市场的发展
decl-ce-commit-6 = 运用经济激励措施，并寻求机会采用旨在鼓励循环经济和社会行为的财政措施
decl-ce-commit-7 = 营造有利的地方监管框架，允许并鼓励二次材料市场以及维修、再利用和共享计划
decl-ce-commit-8 = 与亚洲及其他地区的国家政府和机构合作，为循环转型建立适当的政策和监管框架
decl-ce-commit-9 = 监测循环经济活动的进展和影响
decl-ce-commit-10 = 向宜可城—地方可持续发展协会（ICLEI）报告上述承诺的落实进展

## 命令行。

decl-error-form-incomplete = 联络人的会员表格不完整，未导出任何文件。请在对话表格中补全以下各项（缺少或有误：{ $count }项）：
{ $fields }
decl-error-form-field = { $label }（{ $field }）：{ $problem }
decl-error-no-custom = 此数据库中除会员宣言外还没有其他宣言。
decl-error-wrong-kind = 宣言{ $id }的类型不是“{ $kind }”；请去掉 --kind 或换一个编号。
