package store

import "testing"

func TestSQLitePath(t *testing.T) {
	cases := map[string]string{
		"file:data/app.db":             "data/app.db",
		"data/app.db":                  "data/app.db",
		"./data/app.db":                "data/app.db",
		"sqlite:data/app.db":           "data/app.db",
		"sqlite:///data/app.db":        "data/app.db",
		"sqlite:////srv/app/app.db":    "/srv/app/app.db",
		"file:/srv/app/app.db?mode=rw": "/srv/app/app.db",
	}
	for raw, want := range cases {
		if got, err := sqlitePath(raw); err != nil || got != want {
			t.Errorf("sqlitePath(%q) = %q, %v; want %q", raw, got, err, want)
		}
	}
	for _, raw := range []string{"", "file:", ":memory:", "postgresql://localhost/app"} {
		if got, err := sqlitePath(raw); err == nil {
			t.Errorf("sqlitePath(%q) = %q, want an error", raw, got)
		}
	}
}
