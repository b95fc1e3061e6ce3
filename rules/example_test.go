package rules_test

import (
	"fmt"

	"github.com/ccicheck/ccicheck/rules"
)

func ExampleDNSLabel() {
	for _, name := range []string{"my-namespace", "", "My-Namespace", "-ns"} {
		p := rules.DNSLabel(name)
		fmt.Printf("%q: %v %q\n", name, p.Kind, p.Reason)
	}
	// Output:
	// "my-namespace": ok ""
	// "": empty "must not be empty"
	// "My-Namespace": invalid "must contain only lowercase letters, digits and '-'"
	// "-ns": invalid "must start with a lowercase letter or digit"
}

func ExampleSemVer() {
	for _, v := range []string{"1.10.0", "99999999999999999999999.0.0", "1.2", "v1.2.3", "1.02.3", "1.2.3-rc.01"} {
		if p := rules.SemVer(v); !p.OK() {
			fmt.Printf("%s: %s\n", v, p.Reason)
			continue
		}
		fmt.Printf("%s: ok\n", v)
	}
	// Output:
	// 1.10.0: ok
	// 99999999999999999999999.0.0: ok
	// 1.2: must have three version numbers: major.minor.patch
	// v1.2.3: must not start with 'v'
	// 1.02.3: minor version has a leading zero
	// 1.2.3-rc.01: numeric pre-release identifier has a leading zero
}

// A caller maps the Kind of a Problem to the error code that applies where
// the rule is used, here the release name codes of CCI.
func ExampleReleaseName() {
	codes := map[rules.Kind]string{
		rules.Empty:   "CCI.04.400201",
		rules.TooLong: "CCI.04.400202",
		rules.Invalid: "CCI.04.400203",
	}
	for _, name := range []string{"my-release", "", "a-release-name-that-is-too-long", "1release"} {
		if p := rules.ReleaseName(name); !p.OK() {
			fmt.Printf("%q: %s, %s\n", name, codes[p.Kind], p.Reason)
		}
	}
	// Output:
	// "": CCI.04.400201, must not be empty
	// "a-release-name-that-is-too-long": CCI.04.400202, must be at most 24 characters
	// "1release": CCI.04.400203, must start with a letter
}

func ExampleVolumeID() {
	fmt.Println(rules.VolumeID("0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21").OK())
	fmt.Println(rules.VolumeID("vol_1-").Reason)
	// Output:
	// true
	// must end with a letter or digit
}

func ExampleEnterpriseProjectID() {
	fmt.Println(rules.EnterpriseProjectID("0").OK())
	fmt.Println(rules.EnterpriseProjectID("0D3A2C6E7F1B4C0A9B8E2F6D5C4B3A21").OK())
	fmt.Println(rules.EnterpriseProjectID("default").Reason)
	// Output:
	// true
	// true
	// must be "0" or a UUID: 32 hexadecimal digits, optionally grouped 8-4-4-4-12 by '-'
}

func ExampleIPv4CIDR() {
	for _, s := range []string{"10.1.2.3/8", "10.0.0.0/33", "010.0.0.0/8", "::/0"} {
		if p := rules.IPv4CIDR(s); !p.OK() {
			fmt.Printf("%s: %v, %s\n", s, p.Kind, p.Reason)
			continue
		}
		fmt.Printf("%s: ok\n", s)
	}
	// Output:
	// 10.1.2.3/8: ok
	// 10.0.0.0/33: invalid, prefix length must be a decimal number from 0 to 32, without leading zeros
	// 010.0.0.0/8: invalid, address must be four decimal numbers from 0 to 255 separated by '.', without leading zeros
	// ::/0: invalid, must be an IPv4 prefix, not IPv6
}

func ExampleStorageClass() {
	fmt.Println(rules.StorageClass(rules.StorageClassSSD).OK())
	fmt.Println(rules.StorageClass("SSD").Reason)
	fmt.Println(rules.StorageClasses())
	// Output:
	// true
	// must be one of sata, sas, ssd, nfs-rw, efs-performance, efs-standard, obs
	// [sata sas ssd nfs-rw efs-performance efs-standard obs]
}

func ExampleBool() {
	for _, s := range []string{"true", "True", "1", "yes"} {
		fmt.Println(s, rules.Bool(s).Kind)
	}
	// Output:
	// true ok
	// True ok
	// 1 ok
	// yes invalid
}

func ExampleNonNegativeInt() {
	for _, s := range []string{"30", "+30", "-0", "-1", "1e3", "9223372036854775808"} {
		if p := rules.NonNegativeInt(s); !p.OK() {
			fmt.Printf("%s: %v, %s\n", s, p.Kind, p.Reason)
			continue
		}
		fmt.Printf("%s: ok\n", s)
	}
	// Output:
	// 30: ok
	// +30: ok
	// -0: ok
	// -1: invalid, must not be negative
	// 1e3: invalid, must be a decimal integer
	// 9223372036854775808: invalid, must be at most 9223372036854775807
}

func ExampleMediaTypeIs() {
	fmt.Println(rules.MediaTypeIs("application/json; charset=utf-8", "application/json"))
	fmt.Println(rules.MediaTypeIs("Application/JSON", "application/json"))
	fmt.Println(rules.MediaTypeIs("text/plain", "application/json"))
	fmt.Println(rules.MediaTypeIs("", "application/json"))
	// Output:
	// true
	// true
	// false
	// false
}
