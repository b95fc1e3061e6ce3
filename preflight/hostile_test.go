package preflight

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ccicheck/ccicheck/validate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// endless is a body that never ends; it counts what is read of it.
type endless struct {
	n      int64
	closed bool
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	e.n += int64(len(p))
	return len(p), nil
}

func (e *endless) Close() error { e.closed = true; return nil }

// checkNoLeak fails the test when goroutines started during it are still running.
func checkNoLeak(t *testing.T) func() {
	before := runtime.NumGoroutine()
	return func() {
		deadline := time.Now().Add(2 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		assert.LessOrEqual(t, runtime.NumGoroutine(), before, "goroutines left behind")
	}
}

func allocated(f func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

func TestHostileHugeBody(t *testing.T) {
	defer checkNoLeak(t)()
	for _, tc := range []struct {
		path string
		want validate.Code
	}{
		{"/api/v1/namespaces", validate.NamespaceBodyInvalid},
		{"/apis/networking.cci.io/v1beta1/namespaces/demo/networks", validate.RequestBodyInvalid},
		{"/api/v1/namespaces/demo/extended-persistentvolumeclaims", validate.VolumeImportBodyInvalid},
		{cluster + "/releases", validate.UnmarshalFailed},
	} {
		body := &endless{}
		req, err := http.NewRequest("POST", host+tc.path, nil)
		require.NoError(t, err)
		req.Body = body
		req.ContentLength = 100 << 20 // announced 100 MB
		req.Header.Set("Content-Type", "application/json")
		var resp *http.Response
		alloc := allocated(func() { resp, err = NewTransport(failing{t}).RoundTrip(req) })
		require.NoError(t, err)
		assertCCIAnswer(t, resp, tc.want)
		assert.LessOrEqual(t, body.n, int64(1<<20+32<<10), "%s: at most limit+1 bytes read (plus one buffer)", tc.path)
		assert.True(t, body.closed, "the body is closed")
		assert.Less(t, alloc, uint64(8<<20), "%s: bounded memory", tc.path)
	}
}

func TestHostileEndlessUpload(t *testing.T) {
	defer checkNoLeak(t)()
	for _, tc := range []struct {
		name string
		head string
		want validate.Code
	}{
		// A file part that never ends: the body is over the limit.
		{"endless file", "--x\r\nContent-Disposition: form-data; name=\"content\"; filename=\"web-1.0.0.tgz\"\r\n\r\n", validate.ChartTooLarge},
		// No boundary ever: the form is malformed before the limit is reached.
		{"endless garbage", "", validate.UnmarshalFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := &endless{}
			req, err := http.NewRequest("POST", host+"/v2/charts", nil)
			require.NoError(t, err)
			req.Body = struct {
				io.Reader
				io.Closer
			}{io.MultiReader(strings.NewReader(tc.head), body), body}
			req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
			var resp *http.Response
			alloc := allocated(func() { resp, err = NewTransport(failing{t}).RoundTrip(req) })
			require.NoError(t, err)
			assertCCIAnswer(t, resp, tc.want)
			assert.LessOrEqual(t, body.n, int64(2<<20+64<<10+64<<10), "at most the limit is read")
			assert.True(t, body.closed)
			assert.Less(t, alloc, uint64(16<<20), "bounded memory")
		})
	}
}

func TestHostileManyParts(t *testing.T) {
	defer checkNoLeak(t)()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for i := range 10000 {
		require.NoError(t, w.WriteField(fmt.Sprint("f", i), "x"))
	}
	require.NoError(t, w.Close())
	req, err := http.NewRequest("POST", host+"/v2/charts", bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := NewTransport(failing{t}).RoundTrip(req)
	require.NoError(t, err)
	assertCCIAnswer(t, resp, validate.UnmarshalFailed)
}

// stalled is a body that blocks until it is closed.
type stalled struct{ done chan struct{} }

func (s *stalled) Read(p []byte) (int, error) {
	<-s.done
	return 0, io.ErrClosedPipe
}

func (s *stalled) Close() error {
	select {
	case <-s.done:
	default:
		close(s.done)
	}
	return nil
}

func TestHostileStalledBody(t *testing.T) {
	defer checkNoLeak(t)()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", host+"/api/v1/namespaces", nil)
	require.NoError(t, err)
	req.Body = &stalled{done: make(chan struct{})}
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	_, err = NewTransport(failing{t}).RoundTrip(req)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 2*time.Second)

	req, err = http.NewRequestWithContext(ctx, "POST", host+"/api/v1/namespaces", nil)
	require.NoError(t, err)
	req.Body = &stalled{done: make(chan struct{})}
	assert.ErrorIs(t, Check(req), context.DeadlineExceeded)
}

// Good requests through one transport from many goroutines.
func TestTransportConcurrent(t *testing.T) {
	rec := &recorder{}
	tr := NewTransport(rec, WithActions("cci:*:*"))
	done := make(chan struct{})
	for range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			for range 50 {
				req, _ := http.NewRequest("POST", host+"/api/v1/namespaces", strings.NewReader(goodNamespace))
				req.Header.Set("Content-Type", "application/json")
				resp, err := tr.RoundTrip(req)
				if assert.NoError(t, err) {
					resp.Body.Close()
				}
			}
		}()
	}
	for range 8 {
		<-done
	}
	assert.Equal(t, 400, rec.calls)
}
