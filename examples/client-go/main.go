// Command client-go shows ccicheck's pre-flight transport with client-go: CCI speaks
// the Kubernetes API, and rest.Config.WrapTransport is the one line that puts the
// check under every request the clientset sends. A request CCI would reject comes
// back as the *errors.StatusError client-go makes of CCI's answer, with the CCI code
// in its causes. A local test server stands in for CCI, so the program runs offline.
//
// This example is a module of its own so client-go never enters ccicheck's go.mod.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/ccicheck/ccicheck/preflight"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

func main() {
	cci := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team-a-prod"}}`)
	}))
	defer cci.Close()

	// CCI takes JSON bodies only (cci-rules.md §4: any other Content-Type is
	// CCI.02.400103); newer client-go versions send protobuf unless told otherwise.
	cfg := &rest.Config{Host: cci.URL, ContentConfig: rest.ContentConfig{ContentType: "application/json"}}
	cfg.WrapTransport = func(rt http.RoundTripper) http.RoundTripper { return preflight.NewTransport(rt) } // the one line

	clientset, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{"team-a-prod", "Team_A"} {
		ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{
			Name:        name,
			Annotations: map[string]string{"namespace.kubernetes.io/flavor": "general-computing"},
		}}
		_, err := clientset.CoreV1().Namespaces().Create(context.Background(), ns, metav1.CreateOptions{})
		var status *apierrors.StatusError
		switch {
		case err == nil:
			fmt.Printf("%-12s created\n", name)
		case errors.As(err, &status) && status.ErrStatus.Details != nil && len(status.ErrStatus.Details.Causes) > 0:
			cause := status.ErrStatus.Details.Causes[0]
			fmt.Printf("%-12s rejected: %d %s %s: %s\n", name, status.ErrStatus.Code, cause.Type, cause.Field, cause.Message)
		default:
			log.Fatal(err)
		}
	}
}
