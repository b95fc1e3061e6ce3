package rules_test

import (
	"math/rand/v2"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ccicheck/ccicheck/rules"
)

// The reference languages, written as the sources write them.
var (
	// Kubernetes' DNS-1123 label (k8s.io/apimachinery validation.IsDNS1123Label).
	dnsLabelRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	// semver.org's official regular expression for SemVer 2.0.0.
	semVerRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
		`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
		`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)
	identifierRE  = regexp.MustCompile(`^[A-Za-z0-9]([-_A-Za-z0-9]*[A-Za-z0-9])?$`)
	releaseNameRE = regexp.MustCompile(`^[A-Za-z]([-_A-Za-z0-9]*[A-Za-z0-9])?$`)
	projectIDRE   = regexp.MustCompile(`^(0|[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$`)
	flavorRE      = regexp.MustCompile(`^(general-computing|gpu-accelerated)$`)
	storageClass  = regexp.MustCompile(`^(sata|sas|ssd|nfs-rw|efs-performance|efs-standard|obs)$`)
	fsTypeRE      = regexp.MustCompile(`^(ext4|nfs|obs)$`)
	storageTypeRE = regexp.MustCompile(`^(bs|nfs|efs|obs)$`)
)

// refKind is the Kind a rule of the given maximum length (0: none) and
// language gives s.
func refKind(s string, maxLen int, lang func(string) bool) rules.Kind {
	switch {
	case s == "":
		return rules.Empty
	case maxLen > 0 && len(s) > maxLen:
		return rules.TooLong
	case lang(s):
		return rules.OK
	}
	return rules.Invalid
}

func refDNSLabel(s string) rules.Kind    { return refKind(s, 63, dnsLabelRE.MatchString) }
func refSemVer(s string) rules.Kind      { return refKind(s, 64, semVerRE.MatchString) }
func refChartID(s string) rules.Kind     { return refKind(s, 64, identifierRE.MatchString) }
func refVolumeID(s string) rules.Kind    { return refKind(s, 64, identifierRE.MatchString) }
func refReleaseName(s string) rules.Kind { return refKind(s, 24, releaseNameRE.MatchString) }
func refEnterpriseProjectID(s string) rules.Kind {
	return refKind(s, 0, projectIDRE.MatchString)
}
func refFlavor(s string) rules.Kind       { return refKind(s, 0, flavorRE.MatchString) }
func refStorageClass(s string) rules.Kind { return refKind(s, 0, storageClass.MatchString) }
func refFSType(s string) rules.Kind       { return refKind(s, 0, fsTypeRE.MatchString) }
func refStorageType(s string) rules.Kind  { return refKind(s, 0, storageTypeRE.MatchString) }

func refIPv4CIDR(s string) rules.Kind {
	return refKind(s, 0, func(s string) bool {
		p, err := netip.ParsePrefix(s)
		return err == nil && p.Addr().Is4()
	})
}

func refBool(s string) rules.Kind {
	return refKind(s, 0, func(s string) bool {
		_, err := strconv.ParseBool(s)
		return err == nil
	})
}

func refNonNegativeInt(s string) rules.Kind {
	return refKind(s, 0, func(s string) bool {
		n, err := strconv.ParseInt(s, 10, 64)
		return err == nil && n >= 0
	})
}

// refMediaTypeIs is MediaTypeIs written the obvious way, with the strings
// package and an ASCII-only lower-casing.
func refMediaTypeIs(contentType, want string) bool {
	mt, _, _ := strings.Cut(contentType, ";")
	mt = strings.Trim(mt, " \t")
	return mt != "" && asciiLower(mt) == asciiLower(want)
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// checkReference asserts that r gives s the Kind its reference gives.
func checkReference(t testing.TB, r rule, s string) {
	t.Helper()
	p := r.check(s)
	if want := r.ref(s); p.Kind != want {
		t.Errorf("%s(%q) = %+v, reference says %v", r.name, s, p, want)
	}
	assertConsistent(t, r.name, s, p)
}

// TestReference checks every rule against its reference language on the
// table rows of every rule, all strings of up to three bytes over an
// alphabet of interesting bytes, and random strings built from the rows.
func TestReference(t *testing.T) {
	var corpus []string
	for _, r := range allRules() {
		for _, tc := range r.tests {
			corpus = append(corpus, tc.in)
		}
	}
	rows := len(corpus)
	const alphabet = "aZ09-_.+/:v\xff"
	corpus = appendAll(corpus, alphabet, 3)
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		corpus = append(corpus, mutate(rnd, corpus[rnd.IntN(rows)]))
	}
	for _, r := range allRules() {
		t.Run(r.name, func(t *testing.T) {
			for _, s := range corpus {
				checkReference(t, r, s)
			}
		})
	}
}

// appendAll appends every string of 1 to n bytes from alphabet.
func appendAll(dst []string, alphabet string, n int) []string {
	prev := []string{""}
	for range n {
		var next []string
		for _, p := range prev {
			for i := 0; i < len(alphabet); i++ {
				next = append(next, p+alphabet[i:i+1])
			}
		}
		dst = append(dst, next...)
		prev = next
	}
	return dst
}

// mutate changes, inserts or deletes a byte of s, or cuts it.
func mutate(rnd *rand.Rand, s string) string {
	const bytes = "0123456789aAzZfFgG-_.+/:;v \xff"
	j := rnd.IntN(len(bytes))
	c := bytes[j : j+1] // a byte, not string(bytes[j]), which encodes 0xff as UTF-8
	if s == "" {
		return c
	}
	i := rnd.IntN(len(s))
	switch rnd.IntN(4) {
	case 0:
		return s[:i] + c + s[i+1:]
	case 1:
		return s[:i] + c + s[i:]
	case 2:
		return s[:i] + s[i+1:]
	}
	return s[:i]
}

func TestMediaTypeIsReference(t *testing.T) {
	for _, tc := range mediaTypeTests {
		assert.Equal(t, refMediaTypeIs(tc.contentType, tc.want), rules.MediaTypeIs(tc.contentType, tc.want),
			"MediaTypeIs(%q, %q)", tc.contentType, tc.want)
	}
}
