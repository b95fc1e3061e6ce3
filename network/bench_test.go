package network_test

import (
	"encoding/json"
	"testing"

	"github.com/ccicheck/ccicheck/network"
)

func BenchmarkNetworkCreate(b *testing.B) {
	valid := validNetwork()
	invalid := validNetwork()
	invalid.Spec.NetworkType, invalid.Spec.CIDR = "vlan", "10.0.0.0/33"
	for _, c := range []struct {
		name string
		n    *network.Network
	}{{"valid", valid}, {"invalid", invalid}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = network.ValidateCreate(ns, c.n)
			}
		})
	}
}

func BenchmarkNetworkCreateJSON(b *testing.B) {
	body := []byte(validJSON)
	b.Run("valid/ccicheck", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = network.ValidateCreateJSON(ns, body)
		}
	})
	b.Run("valid/decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var n network.Network
			_ = json.Unmarshal(body, &n)
		}
	})
}
