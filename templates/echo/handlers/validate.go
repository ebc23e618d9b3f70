package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxNameLength is the longest name, in characters, that POST /users accepts.
const MaxNameLength = 100

// errNotPositive is the message for an id that is not a positive integer.
const errNotPositive = "id must be a positive integer"

// parseID accepts only a run of ASCII digits with a value of at least 1.
// ok is false for anything else ("abc", "1.5", "-1", "+1", "0").
// A valid id too large for int64 yields overflow = true: it names no user.
func parseID(raw string) (id int64, overflow bool, ok bool) {
	if raw == "" {
		return 0, false, false
	}
	for i := 0; i < len(raw); i++ {
		if raw[i] < '0' || raw[i] > '9' {
			return 0, false, false
		}
	}
	if strings.TrimLeft(raw, "0") == "" {
		return 0, false, false // zero is not positive
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return 0, true, true
	}
	return id, false, true
}

// decodeNewUser reads the body of POST /users and returns the name to store,
// or the message of the 400 response that says what is wrong with the body.
// The body is decoded into raw JSON values first so that each kind of bad
// input (not an object, no name, a name that is not a string) gets its own
// message instead of a generic decoding error.
func decodeNewUser(body []byte) (name string, problem string) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		// malformed JSON, empty body, array, string, number, or null
		return "", "body must be a JSON object"
	}
	raw, present := fields["name"]
	if !present {
		return "", "name is required"
	}
	if !bytes.HasPrefix(raw, []byte(`"`)) {
		return "", "name must be a string"
	}
	if err := json.Unmarshal(raw, &name); err != nil {
		return "", "name must be a string"
	}
	if strings.TrimSpace(name) == "" {
		return "", "name must not be empty"
	}
	if utf8.RuneCountInString(name) > MaxNameLength {
		return "", fmt.Sprintf("name must be at most %d characters", MaxNameLength)
	}
	return name, ""
}
