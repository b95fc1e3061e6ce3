package dispatch

import (
	"net/http"
	"testing"

	"github.com/ccicheck/ccicheck/internal/route"
	"github.com/ccicheck/ccicheck/namespace"
	"github.com/ccicheck/ccicheck/network"
	"github.com/ccicheck/ccicheck/validate"
	"github.com/ccicheck/ccicheck/volume"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBodyLimit(t *testing.T) {
	assert.Equal(t, int64(10), BodyLimit(route.NamespaceCreate, 10, 100))
	assert.Equal(t, int64(100+UploadOverhead), BodyLimit(route.ChartUpdate, 10, 100))
	assert.Zero(t, BodyLimit(route.NamespaceGet, 10, 100))
}

// Every operation reaches its package with its options: with no IAM action granted,
// the namespace, network and volume operations are forbidden; the chart and release
// ones (no permissions) break a rule with an empty ID or body.
func TestCheckEveryOperation(t *testing.T) {
	none := []string{}
	o := &Options{
		Namespace: []namespace.Option{namespace.WithContext(namespace.Context{Actions: none})},
		Network:   []network.Option{network.WithContext(network.Context{Actions: none})},
		Volume:    []volume.Option{volume.WithContext(volume.Context{Actions: none})},
	}
	for op := route.NamespaceCreate; op.String() != "route.Op(?)"; op++ {
		req, err := http.NewRequest("POST", "http://x/", nil)
		require.NoError(t, err)
		errs := Check(req, route.Route{Op: op}, nil, o)
		require.NotEmpty(t, errs, "%v", op)
		if op < route.ChartUpload {
			assert.Equal(t, 403, errs[0].Code.HTTPStatus(), "%v", op)
		}
	}
}

func TestStatusBody(t *testing.T) {
	code, data := StatusBody(validate.NewStatus(validate.ReleaseNotFound))
	assert.Equal(t, 404, code)
	assert.Equal(t, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"`+validate.ReleaseNotFound.Message()+`","reason":"NotFound","code":404,"errorCode":"CCI.04.404204"}`, string(data))
}
