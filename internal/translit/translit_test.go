package translit

import "testing"

func TestLatin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"путин", "putin"}, {"푸틴", "putin"}, {"зеленский", "zelenskiy"}, {"서울", "seoul"}, {"putin", "putin"},
		{"коммерсантъ", "kommersant"}, {"київ", "kiyiv"}, {"", ""},
	}
	for _, tc := range tests {
		if got := Latin(tc.in); got != tc.want {
			t.Errorf("Latin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
