package handlers

import (
	"strings"
	"testing"
)

func TestDecodeNewUser(t *testing.T) {
	cases := []struct{ body, name, problem string }{
		{`{"name":"Bob"}`, "Bob", ""},
		{` {"name" : " Bob ", "x": [1]} `, " Bob ", ""},
		{`{"name":"` + strings.Repeat("ü", 100) + `"}`, strings.Repeat("ü", 100), ""},
		{`{"name":"` + strings.Repeat("ü", 101) + `"}`, "", "name must be at most 100 characters"},
		{`{}`, "", "name is required"},
		{`{"name":null}`, "", "name is required"},
		{`{"name":1}`, "", "name must be a string"},
		{`{"name":"\u00a0 "}`, "", "name must not be empty"},
		{`{"name":"a\u0000"}`, "", "name must not contain NUL characters"},
		{`{"name":" \u0000 "}`, "", "name must not contain NUL characters"},
		{``, "", "body must be a JSON object"},
		{`null`, "", "body must be a JSON object"},
		{`[]`, "", "body must be a JSON object"},
		{`{"name":"Bob"} x`, "", "body must be a JSON object"},
	}
	for _, tc := range cases {
		name, problem := decodeNewUser([]byte(tc.body))
		if name != tc.name || problem != tc.problem {
			t.Errorf("decodeNewUser(%q) = %q, %q; want %q, %q", tc.body, name, problem, tc.name, tc.problem)
		}
	}
}
