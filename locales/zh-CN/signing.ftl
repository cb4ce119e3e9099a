## 数字签名：签署、验证、城市证书。

signing-signed = 已用证书{ $fingerprint }签署{ $path }。
signing-certificate-exported = 已将城市证书写入{ $path }。指纹（SHA-256）：{ $fingerprint }。伙伴城市导入该证书即可验证本市的签名，例如：certutil -A -d sql:DIR -n city -t "CT,C,C" -i FILE
signing-reason-focal-point = 由{ $city }联络人签署
signing-reason-representative = 由{ $city }高级别代表签署

signing-verify-ok = 全部{ $count }个签名有效，整个文件均已签署。
signing-verify-failed = { $path }：{ $total }个签名中有{ $invalid }个无效，或文件有部分未签署。请勿信赖此文件。
signing-verify-unsigned = { $path }没有签名。

signing-report-title = 签名{ $number }
signing-report-signer = { "  " }签署人：{ $name }
signing-report-issuer = { "  " }签发者：{ $name }
signing-report-time = { "  " }签署时间：{ $time }
signing-report-fingerprint = { "  " }证书（SHA-256）：{ $fingerprint }
signing-report-format = { "  " }格式：{ $format }
signing-report-status = { "  " }状态：{ $status }
signing-report-range = { "  " }已签字节：0–{ $end1 }及{ $start2 }–{ $end2 }
signing-report-coverage = { "  " }覆盖范围：{ $coverage }
signing-unknown = 未知
signing-status-valid = 有效
signing-status-changed = 无效：文件在签署后被修改
signing-status-bad-signature = 无效：签名与证书不符
signing-status-malformed = 无效：无法读取签名（{ $reason }）
signing-status-unsupported = 此处无法验证（{ $what }）
signing-coverage-whole = 整个文件
signing-coverage-later = 覆盖至其修订版本末尾；字节{ $from }–{ $to }是在此签名之后添加的
signing-coverage-broken = 无效：已签字节未到达修订版本末尾

signing-error-io = 无法使用密钥文件夹{ $path }：{ $reason }
signing-error-damaged = 密钥文件{ $path }已损坏（{ $problem }）。未予替换：新证书将与伙伴已导入的证书不符。请从备份恢复 “keys” 文件夹。
signing-error-role = “{ $role }” 不能作为签署人名称：请使用小写字母、数字和 “-”。
signing-error-no-name = 对话中没有签署人的姓名。请先填写联络人或高级别代表。
signing-error-not-pdf = 这不是可签署的 PDF（{ $reason }）。
signing-error-not-pdf-file = { $path }不是 PDF（{ $reason }）。
signing-error-encrypted = 该 PDF 已加密；Concord 只签署没有密码的文件。
signing-error-crypto = 无法生成签名：{ $reason }
