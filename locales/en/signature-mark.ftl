# The mark printed on a signer's line when the document is signed digitally.
signature-mark-signer = Signed digitally by { $name }
signature-mark-signer-bilingual = 数字签名 Signed digitally by { $name }
signature-mark-time = Signed { $time }
signature-mark-time-bilingual = 签署时间 Signed { $time }
signature-mark-certificate = Certificate SHA-256 { $fingerprint }
signature-mark-certificate-bilingual = 证书 Certificate SHA-256 { $fingerprint }
