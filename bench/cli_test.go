package bench

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"

	"github.com/ccicheck/ccicheck/internal/cli"
	"github.com/ccicheck/ccicheck/manifest"
)

// cliDocuments and cliFiles shape the corpus of BenchmarkCLI: 10,000 request
// documents in 100 multi-document YAML files.
const (
	cliDocuments = 10000
	cliFiles     = 100
)

// cliRequest returns the i-th request of the corpus: namespaces, networks,
// volume imports, release creates and updates in turn, one in ten broken.
func cliRequest(i int) string {
	n := strconv.Itoa(i)
	broken := i%10 == 9
	switch i % 5 {
	case 0:
		name := "team-" + n
		if broken {
			name = "Team_" + n
		}
		return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n  labels:\n    sys_enterprise_project_id: \"0\"\n" +
			"  annotations:\n    namespace.kubernetes.io/flavor: general-computing\nspec:\n  finalizers: [kubernetes]\n"
	case 1:
		cidr := "192.168." + strconv.Itoa(i%256) + ".0/24"
		if broken {
			cidr = "192.168.0.0/33"
		}
		return "apiVersion: networking.cci.io/v1beta1\nkind: Network\nmetadata:\n  name: net-" + n + "\n  namespace: team-a\n  annotations:\n" +
			"    network.alpha.kubernetes.io/default-security-group: 6ba1c6e8-92b1-4d3b-9f3b-0f6d4e1c2a7b\n" +
			"    network.alpha.kubernetes.io/domain-id: 0b7f2f4c1a8c4b7e9d3c2a1f0e9d8c7b\n" +
			"    network.alpha.kubernetes.io/project-id: 5f4e3d2c1b0a49f8e7d6c5b4a3928170\n" +
			"spec:\n  attachedVPC: 3c2b1a09-8f7e-4d6c-b5a4-392817060504\n  availableZone: cn-north-4a\n  cidr: " + cidr + "\n" +
			"  networkID: 9e8d7c6b-5a49-4382-a1b0-f9e8d7c6b5a4\n  networkType: underlay_neutron\n  subnetID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n"
	case 2:
		class := "sas"
		if broken {
			class = "nfs-rw"
		}
		return "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data-" + n + "\n  namespace: team-a\n  annotations:\n" +
			"    fsType: ext4\n    volumeID: 4f3e2d1c-0b9a-4877-a665-" + strconv.Itoa(100000000000+i) + "\n" +
			"spec:\n  accessModes: [ReadWriteMany]\n  resources:\n    requests:\n      storage: 10Gi\n  storageClassName: " + class + "\n"
	case 3:
		version := "1.0." + n
		if broken {
			version = "\"1.0\""
		}
		return "chart_id: 9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f\nname: web-" + n + "\nnamespace: team-a\nversion: " + version + "\n" +
			"description: web frontend\nvalues:\n  replicaCount: 3\n  image:\n    repository: swr.example.com/team-a/web\n    tag: \"1.25.3\"\n" +
			"  resources:\n    limits: {cpu: 500m, memory: 1Gi}\nparameters:\n  dry_run: false\n"
	}
	action := "upgrade"
	if broken {
		action = "restart"
	}
	return "name: web-" + n + "\naction: " + action + "\nchart_id: 9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f\nversion: 1.0.1\nvalues:\n  replicaCount: 4\n"
}

// writeCLICorpus writes the corpus into dir and returns its files.
func writeCLICorpus(b *testing.B, dir string) []string {
	b.Helper()
	var files []string
	perFile := cliDocuments / cliFiles
	for f := range cliFiles {
		var sb strings.Builder
		for d := range perFile {
			if d > 0 {
				sb.WriteString("---\n")
			}
			sb.WriteString(cliRequest(f*perFile + d))
		}
		path := filepath.Join(dir, "requests-"+strconv.Itoa(f)+".yaml")
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, path)
	}
	return files
}

// manifestOnly reads every file and decodes it with manifest.Decode, the
// command's own decode step (YAML to the JSON body a client would send, with
// positions). It is shown for reference as 10k/manifest; it returns the number
// of documents.
func manifestOnly(files []string) (int, error) {
	docs := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		d, err := manifest.Decode(data)
		if err != nil {
			return 0, err
		}
		docs += len(d)
	}
	return docs, nil
}

// decodeOnly reads every file and decodes each of its YAML documents with
// go.yaml.in/yaml/v3 into a yaml.Node tree, nothing more: the files "only read
// and YAML-decoded", the least any YAML tool does (decoding into Go values
// costs more). It is the baseline of BenchmarkCLI. It returns the number of
// documents.
func decodeOnly(files []string) (int, error) {
	docs := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for {
			var n yaml.Node
			err := dec.Decode(&n)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return 0, err
			}
			docs++
		}
	}
	return docs, nil
}

// BenchmarkCLI compares the ccicheck command, run in-process on a directory
// of 10,000 request documents (-j 1: one core, like the baselines; text
// report to io.Discard), with reading the same files and YAML-decoding them
// (10k/decode: yaml.v3 into yaml.Node). Target: ccicheck at most 1.5x decode.
// 10k/manifest (manifest.Decode alone, the command's own decode step) is shown
// for reference.
func BenchmarkCLI(b *testing.B) {
	dir := b.TempDir()
	files := writeCLICorpus(b, dir)
	if n, err := decodeOnly(files); err != nil || n != cliDocuments {
		b.Fatalf("decodeOnly = %d, %v; want %d documents", n, err, cliDocuments)
	}
	if n, err := manifestOnly(files); err != nil || n != cliDocuments {
		b.Fatalf("manifestOnly = %d, %v; want %d documents", n, err, cliDocuments)
	}
	var out bytes.Buffer
	if code := cli.Run([]string{"-j", "1", "-o", "json", dir}, nil, &out, io.Discard); code != 1 {
		b.Fatalf("ccicheck exit status %d, want 1 (one document in ten is broken)", code)
	}
	if !strings.Contains(out.String(), `"documents": 10000, "valid": 9000, "invalid": 1000`) &&
		!strings.Contains(out.String(), "\"documents\": 10000,\n    \"valid\": 9000,\n    \"invalid\": 1000") {
		b.Fatalf("ccicheck summary: %s", out.String()[max(0, out.Len()-200):])
	}
	b.Run("10k/ccicheck", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			cli.Run([]string{"-j", "1", dir}, nil, io.Discard, io.Discard)
		}
	})
	b.Run("10k/decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodeOnly(files); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("10k/manifest", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := manifestOnly(files); err != nil {
				b.Fatal(err)
			}
		}
	})
}
