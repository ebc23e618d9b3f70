package handlers

import (
	"strings"
	"testing"
)

func TestParseID(t *testing.T) {
	cases := []struct {
		raw          string
		id           int64
		overflow, ok bool
	}{
		{"1", 1, false, true},
		{"42", 42, false, true},
		{"007", 7, false, true},
		{"99999999999999999999", 0, true, true},
		{"", 0, false, false},
		{"0", 0, false, false},
		{"00", 0, false, false},
		{"-1", 0, false, false},
		{"+1", 0, false, false},
		{"1.5", 0, false, false},
		{"abc", 0, false, false},
		{" 1", 0, false, false},
	}
	for _, tc := range cases {
		id, overflow, ok := parseID(tc.raw)
		if id != tc.id || overflow != tc.overflow || ok != tc.ok {
			t.Errorf("parseID(%q) = %d, %v, %v; want %d, %v, %v",
				tc.raw, id, overflow, ok, tc.id, tc.overflow, tc.ok)
		}
	}
}

func TestDecodeNewUser(t *testing.T) {
	cases := []struct{ body, name, problem string }{
		{`{"name":"Bob"}`, "Bob", ""},
		{` {"name" : " Bob ", "x": [1]} `, " Bob ", ""},
		{`{"name":"` + strings.Repeat("ü", 100) + `"}`, strings.Repeat("ü", 100), ""},
		{`{"name":"` + strings.Repeat("ü", 101) + `"}`, "", "name must be at most 100 characters"},
		{`{}`, "", "name is required"},
		{`{"name":1}`, "", "name must be a string"},
		{`{"name":null}`, "", "name must be a string"},
		{`{"name":"\u00a0 "}`, "", "name must not be empty"},
		{``, "", "body must be a JSON object"},
		{`null`, "", "body must be a JSON object"},
		{`[]`, "", "body must be a JSON object"},
		{`"x"`, "", "body must be a JSON object"},
		{`{`, "", "body must be a JSON object"},
	}
	for _, tc := range cases {
		name, problem := decodeNewUser([]byte(tc.body))
		if name != tc.name || problem != tc.problem {
			t.Errorf("decodeNewUser(%q) = %q, %q; want %q, %q", tc.body, name, problem, tc.name, tc.problem)
		}
	}
}
