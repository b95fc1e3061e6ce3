package chartgen

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
)

// BenchName and BenchVersion name the benchmark chart; its file name is
// BenchFileName.
const (
	BenchName     = "bench"
	BenchVersion  = "1.0.0"
	BenchFileName = BenchName + "-" + BenchVersion + ".tgz"
)

// benchTargets maps each benchmark size to its compressed size in bytes.
var benchTargets = map[string]int{"200KB": 200_000, "2MB": 2_000_000}

// Bench returns the pinned benchmark chart of the given compressed size,
// "200KB" (200,000 bytes) or "2MB" (2,000,000 bytes, under the 2 MiB package
// limit), and its file name BenchFileName. The chart is deterministic (fixed
// seeds): Chart.yaml, a 30 KB values.yaml, 60 templates, 80 JSON dashboards,
// and pseudo-random blobs that bring the archive to within 1% of the size.
func Bench(size string) (filename string, archive []byte, err error) {
	target, ok := benchTargets[size]
	if !ok {
		return "", nil, errors.New("chartgen: unknown benchmark size " + strconv.Quote(size) + ", want 200KB or 2MB")
	}
	base := len(benchChart(0).Archive())
	blobs := target - base
	for range 4 {
		archive = benchChart(blobs).Archive()
		d := target - len(archive)
		if d >= 0 && d < target/100 {
			break
		}
		blobs += d
	}
	return BenchFileName, archive, nil
}

// benchChart builds the benchmark chart with blobs bytes of random files.
func benchChart(blobs int) *Builder {
	r := rand.New(rand.NewPCG(20240101, 42))
	top := BenchName + "/"
	b := New().
		File(top+"Chart.yaml", "apiVersion: v2\nname: "+BenchName+"\nversion: "+BenchVersion+
			"\ndescription: Benchmark chart\ntype: application\nappVersion: \"2.4.1\"\nkeywords:\n  - bench\n  - monitoring\n").
		File(top+"values.yaml", benchValues(r, 30_000))
	for i := range 60 {
		b.File(top+"templates/tpl-"+strconv.Itoa(i)+".yaml", benchTemplate(r, i))
	}
	for i := range 80 {
		b.File(top+"dashboards/dash-"+strconv.Itoa(i)+".json", benchDashboard(r, i))
	}
	for i := 0; blobs > 0; i++ {
		n := min(blobs, 64_000)
		b.Random(top+"files/blob-"+strconv.Itoa(i)+".bin", int64(n), uint64(i)+1)
		blobs -= n
	}
	return b
}

var benchWords = strings.Fields("alpha beta gamma delta enabled replicas image tag pull policy " +
	"service port target ingress host path annotations labels resources limits requests cpu memory " +
	"storage class size affinity tolerations node selector probe liveness readiness timeout period")

func word(r *rand.Rand) string { return benchWords[r.IntN(len(benchWords))] }

// benchValues writes nested YAML values up to about size bytes.
func benchValues(r *rand.Rand, size int) string {
	var s strings.Builder
	for i := 0; s.Len() < size; i++ {
		s.WriteString("section" + strconv.Itoa(i) + ":\n")
		for j := range 4 + r.IntN(6) {
			key := "  " + word(r) + strconv.Itoa(j)
			switch r.IntN(4) {
			case 0:
				s.WriteString(key + ": " + strconv.Itoa(r.IntN(10000)) + "\n")
			case 1:
				s.WriteString(key + ": \"" + word(r) + "-" + word(r) + "\"\n")
			case 2:
				s.WriteString(key + ":\n")
				for k := range 3 {
					s.WriteString("    - name: " + word(r) + strconv.Itoa(k) + "\n      value: " + word(r) + "\n")
				}
			default:
				s.WriteString(key + ":\n    " + word(r) + ": " + strconv.FormatBool(r.IntN(2) == 0) +
					"\n    " + word(r) + "x: 1.10.0\n")
			}
		}
	}
	return s.String()
}

// benchTemplate writes a Go-templated Kubernetes manifest of 1–3 KB.
func benchTemplate(r *rand.Rand, i int) string {
	var s strings.Builder
	s.WriteString("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"bench.fullname\" . }}-" +
		strconv.Itoa(i) + "\n  labels:\n    {{- include \"bench.labels\" . | nindent 4 }}\nspec:\n" +
		"  replicas: {{ .Values.section" + strconv.Itoa(i%40) + ".replicas0 | default 1 }}\n  template:\n    spec:\n      containers:\n")
	for j := range 2 + r.IntN(6) {
		s.WriteString("        - name: c" + strconv.Itoa(j) + "\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n" +
			"          {{- if .Values." + word(r) + " }}\n          env:\n            - name: " + strings.ToUpper(word(r)) +
			"\n              value: {{ .Values." + word(r) + " | quote }}\n          {{- end }}\n")
	}
	return s.String()
}

// benchDashboard writes a Grafana-like JSON dashboard of 3–8 KB.
func benchDashboard(r *rand.Rand, i int) string {
	var s strings.Builder
	s.WriteString("{\"title\": \"Dashboard " + strconv.Itoa(i) + "\", \"uid\": \"d" + strconv.Itoa(r.IntN(1e9)) + "\", \"panels\": [")
	for j := range 10 + r.IntN(20) {
		if j > 0 {
			s.WriteString(", ")
		}
		s.WriteString("{\"id\": " + strconv.Itoa(j) + ", \"type\": \"graph\", \"title\": \"" + word(r) + " " + word(r) +
			"\", \"targets\": [{\"expr\": \"rate(" + word(r) + "_total{job=\\\"" + word(r) + "\\\"}[5m])\", \"refId\": \"A\"}]," +
			" \"gridPos\": {\"x\": " + strconv.Itoa(r.IntN(24)) + ", \"y\": " + strconv.Itoa(j*8) + ", \"w\": 12, \"h\": 8}}")
	}
	s.WriteString("]}\n")
	return s.String()
}
