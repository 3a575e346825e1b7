package main

import (
	"strings"
	"testing"
)

func TestMemTotal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		ok   bool
	}{
		{"linux listing", "MemTotal:       24607040 kB\nMemFree:         1024 kB\n", 24607040 << 10, true},
		{"not first line", "Foo: 1 kB\nMemTotal: 2048 kB\n", 2048 << 10, true},
		{"no unit", "MemTotal: 2048\n", 0, false},
		{"not a number", "MemTotal: lots kB\n", 0, false},
		{"zero", "MemTotal: 0 kB\n", 0, false},
		{"absent", "MemFree: 1 kB\n", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		got, ok := memTotal(strings.NewReader(tt.in))
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: memTotal = %d, %v; want %d, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
