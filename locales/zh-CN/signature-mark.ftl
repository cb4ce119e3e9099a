# 文件经数字签名时，印在签署人签名线下的标记。
signature-mark-signer = 数字签名：{ $name }
signature-mark-signer-bilingual = 数字签名 Signed digitally by { $name }
signature-mark-time = 签署时间：{ $time }
signature-mark-time-bilingual = 签署时间 Signed { $time }
signature-mark-certificate = 证书 SHA-256 { $fingerprint }
signature-mark-certificate-bilingual = 证书 Certificate SHA-256 { $fingerprint }
