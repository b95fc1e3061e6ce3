// Package rules holds the validation primitives of CCI requests: plain
// functions over strings that say whether a value satisfies a rule and, if
// not, why.
//
// Each rule returns a [Problem]. The zero Problem means the value is fine;
// otherwise its [Kind] says which check failed, in the order the rules
// check: [Empty] (a missing value is an empty one), then [TooLong] (lengths
// count bytes), then [Invalid]. Its Reason is a constant sentence for
// people, such as "must start with a lowercase letter or digit". The rules
// know nothing of CCI error codes: the resource packages map a rule and a
// Kind to the code that applies where the rule is used. Within [Invalid],
// the name rules report a character outside their set before a bad first or
// last character, and [SemVer] reports the leftmost error.
//
// The rules are byte loops, without regular expressions or reflection. They
// do not panic on any input and do not allocate when the value is valid.
//
// # Grammars
//
// The languages the rules accept, in EBNF. Letters and digits are ASCII.
// The length limits apply on top of the grammars.
//
//	lower    = "a" … "z" .
//	letter   = lower | "A" … "Z" .
//	digit    = "0" … "9" .
//	alnum    = letter | digit .
//	hex      = digit | "a" … "f" | "A" … "F" .
//
//	DNSLabel = ( lower | digit ) [ { lower | digit | "-" } ( lower | digit ) ] .  (* at most 63 bytes *)
//
//	ChartID  = alnum [ { alnum | "-" | "_" } alnum ] .  (* at most 64 bytes *)
//	VolumeID = alnum [ { alnum | "-" | "_" } alnum ] .  (* at most 64 bytes *)
//
//	ReleaseName = letter [ { alnum | "-" | "_" } alnum ] .  (* at most 24 bytes *)
//
//	SemVer     = number "." number "." number [ "-" pre { "." pre } ] [ "+" build { "." build } ] .  (* at most 64 bytes *)
//	number     = "0" | ( digit - "0" ) { digit } .  (* any size *)
//	pre        = number | { digit } ( letter | "-" ) { alnum | "-" } .
//	build      = ( alnum | "-" ) { alnum | "-" } .  (* leading zeros allowed *)
//
//	EnterpriseProjectID = "0" | 32 * hex | 8 * hex "-" 4 * hex "-" 4 * hex "-" 4 * hex "-" 12 * hex .
//
//	IPv4CIDR = octet "." octet "." octet "." octet "/" bits .  (* as net/netip.ParsePrefix, IPv4 only *)
//	octet    = "0" … "255" .  (* no leading zeros *)
//	bits     = "0" … "32" .   (* no leading zeros *)
//
//	Flavor       = "general-computing" | "gpu-accelerated" .
//	StorageClass = "sata" | "sas" | "ssd" | "nfs-rw" | "efs-performance" | "efs-standard" | "obs" .
//	FSType       = "ext4" | "nfs" | "obs" .
//	StorageType  = "bs" | "nfs" | "efs" | "obs" .
//
//	Bool           = "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false" | "False" .
//	NonNegativeInt = [ "+" | "-" ] digit { digit } .  (* value 0 … 9223372036854775807; "-" only before zeros *)
//
// The enumerations are case-sensitive; hexadecimal digits and media types
// (see [MediaTypeIs]) are not.
package rules
