package rules_test

import "testing"

const (
	pidForm   = "must be \"0\" or a UUID: 32 hexadecimal digits, optionally grouped 8-4-4-4-12 by '-'"
	pidHex    = "UUID must contain only hexadecimal digits and '-'"
	pidGroups = "UUID with hyphens must be grouped 8-4-4-4-12"
)

var enterpriseProjectIDTests = []ruleTest{
	{"0", ok, ""}, // the default project
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21", ok, ""},
	{"0D3A2C6E-7F1B-4C0A-9B8E-2F6D5C4B3A21", ok, ""}, // hex in upper case
	{"0d3A2c6E-7f1b-4C0a-9b8e-2F6d5c4b3a21", ok, ""}, // ... or mixed
	{"0d3a2c6e7f1b4c0a9b8e2f6d5c4b3a21", ok, ""},     // without hyphens
	{"00000000-0000-0000-0000-000000000000", ok, ""}, // the nil UUID: version and variant are not checked
	{"", empty, "must not be empty"},
	{"00", invalid, pidForm},
	{"1", invalid, pidForm},
	{"default", invalid, pidForm},
	{"0d3a2c6e7f1b4c0a9b8e2f6d5c4b3a2", invalid, pidForm},   // 31 digits
	{"0d3a2c6e7f1b4c0a9b8e2f6d5c4b3a211", invalid, pidForm}, // 33 digits
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a2", invalid, pidForm},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a211", invalid, pidForm},
	{"{0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21}", invalid, pidForm},
	{"urn:uuid:0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a21", invalid, pidForm},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b", invalid, pidForm}, // 32 bytes with hyphens
	{"0d3a2c6e7f1b4c0a9b8e2f6d5c4b3a2g", invalid, pidHex},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a2g", invalid, pidHex},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a2é", invalid, pidForm}, // 37 bytes
	{"0d3a2c6e7-f1b-4c0a-9b8e-2f6d5c4b3a21", invalid, pidGroups},
	{"0d3a2c6e-7f1b-4c0a-9b8e2-f6d5c4b3a21", invalid, pidGroups},
	{"0d3a2c6e-7f1b-4c0a-9b8e-2f6d5c4b3a-1", invalid, pidGroups},
	{"------------------------------------", invalid, pidGroups},
	{"0d3a2c6e_7f1b_4c0a_9b8e_2f6d5c4b3a21", invalid, pidGroups},
}

func TestEnterpriseProjectID(t *testing.T) { runTable(t, lookup(t, "EnterpriseProjectID")) }
