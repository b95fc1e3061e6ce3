package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// start runs f (run or serve) in the background and returns the URL it logs and a
// channel of its result.
func start(t *testing.T, f func(io.Writer) error) (string, <-chan error) {
	t.Helper()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := f(pw)
		pw.Close()
		done <- err
	}()
	lines := bufio.NewScanner(pr)
	require.True(t, lines.Scan(), "the server logs its URL")
	url, ok := strings.CutPrefix(lines.Text(), "ccitest-server: listening on ")
	require.True(t, ok, lines.Text())
	go io.Copy(io.Discard, pr)
	return url, done
}

func TestRun(t *testing.T) {
	url, done := start(t, func(w io.Writer) error {
		return run([]string{"--addr", "127.0.0.1:0", "--official-charts", "nginx", "--quota", "1"}, w)
	})
	body := `{"metadata":{"name":"demo","annotations":{"namespace.kubernetes.io/flavor":"general-computing"}}}`
	resp, err := http.Post(url+"/api/v1/namespaces", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 201, resp.StatusCode)
	resp, err = http.Post(url+"/api/v1/namespaces", "application/json", strings.NewReader(strings.Replace(body, "demo", "demo2", 1)))
	require.NoError(t, err)
	assert.Equal(t, validate.NamespaceQuotaExceeded.String(), validate.CodeOf(validate.FromResponse(resp)))
	resp.Body.Close()

	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM))
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop on SIGTERM")
	}
}

func TestServeFlags(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	url, done := start(t, func(w io.Writer) error {
		return serve(ctx, []string{"--addr=127.0.0.1:0", "--actions", "cci:namespace:get",
			"--fault", "chart get=CCI.01.500101", "--volumes", "v1=unavailable,v2", "--gpu-beta=false"}, w)
	})
	resp, err := http.Get(url + "/api/v1/namespaces")
	require.NoError(t, err)
	assert.Equal(t, validate.NamespaceListForbidden.String(), validate.CodeOf(validate.FromResponse(resp)))
	resp.Body.Close()
	resp, err = http.Get(url + "/prefix/v2/charts/abc")
	require.NoError(t, err)
	assert.Equal(t, validate.ClusterEndpointNotFound.String(), validate.CodeOf(validate.FromResponse(resp)))
	resp.Body.Close()
	cancel()
	assert.NoError(t, <-done)
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--fault", "nope=CCI.01.500101"},
		{"--fault", "chart get=CCI.99.999999"},
		{"--fault", "chart get"},
		{"--volumes", "v1=broken"},
		{"--quota", "x"},
		{"extra"},
		{"--addr", "256.0.0.1:0"},
	} {
		err := serve(context.Background(), args, io.Discard)
		assert.Error(t, err, "%q", args)
	}
}
