## concord verify：信任哪些证书颁发机构，每个签名的信任情况，以及首个签名之后每个修订版本改动了什么。

signing-trust-authorities = 受信任的证书颁发机构：
signing-trust-authority-city = { "  " }本市 CA “{ $name }” { $fingerprint }（{ $path }）
signing-trust-authority-partner = { "  " }伙伴城市 CA “{ $name }” { $fingerprint }（{ $path }）
signing-trust-authorities-none = { "  " }无：{ $path }处没有本市 CA，也未给出 --trust FILE.pem
signing-trust-none = 无

signing-trust-report = { "  " }信任：{ $trust }
signing-trust-trusted-city = 受信任：由本市 CA “{ $name }” { $fingerprint }签发
signing-trust-trusted-partner = 受信任：由伙伴城市 CA “{ $name }” { $fingerprint }签发
signing-trust-same-name = 不受信任：证书并非由受信任的 CA “{ $issuer }” { $trusted }签发，而是由使用同一名称的另一把密钥签发：{ $presented }。受信任的 CA：{ $authorities }
signing-trust-unknown-issuer = 不受信任：证书由 “{ $issuer }”（{ $presented }）签发，它不是受信任的 CA。受信任的 CA：{ $authorities }
signing-trust-no-certificate = 不受信任：签名中没有可供验证的证书
signing-trust-outside-validity = 不受信任：“{ $subject }” 的证书有效期为{ $from }至{ $to }，在{ $at }无效
signing-trust-not-checked = 未检查
signing-trust-changed-after = { "  " }此签名之后被修改：修订{ $revisions }

signing-trust-revisions = 首个签名之后的修订版本：
signing-trust-revision-adds = { "  " }修订{ $number }（字节{ $from }–{ $to }）：仅添加签名{ $signature }
signing-trust-revision-unchanged = { "  " }修订{ $number }（字节{ $from }–{ $to }，未签署）：未作改动
signing-trust-revision-changed = { "  " }修订{ $number }（字节{ $from }–{ $to }，{ $signed }）：改动了内容：{ $changes }
signing-trust-revision-signed = 附签名{ $signature }
signing-trust-revision-unsigned = 未签署
signing-trust-change-unreadable = 无法读取（{ $reason }）
signing-trust-change-catalog-replaced = 文档目录被替换
signing-trust-change-pages = 页面被改动（之前{ $before }页，之后{ $after }页）
signing-trust-change-changed = { $role }（对象{ $object }）被修改：{ $keys }
signing-trust-change-added = 新对象{ $object }（{ $kind }）
signing-trust-change-removed = 对象{ $object }（{ $kind }）被删除
signing-trust-role-catalog = 文档目录
signing-trust-role-form = 表单
signing-trust-role-page = 第{ $page }页
signing-trust-role-page-content = 第{ $page }页的内容
signing-trust-role-other = { $kind }

signing-trust-verify-ok = 全部{ $count }个签名有效且来自受信任的 CA，之后的修订版本只添加了签名，整个文件均已签署。

signing-trust-error-no-certificate = { $path }中没有 PEM 格式的证书（{ $reason }）。
signing-trust-error-not-authority = { $path }不是证书颁发机构的证书（不能签发证书），因此不能为签署人作保。请向伙伴城市索取 “concord export certificate” 写出的文件。
signing-error-keys-busy = 另一签署操作占用密钥文件夹{ $path }已达{ $seconds }秒。请待其完成后重试；未作任何改动。
