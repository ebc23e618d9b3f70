package handlers

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/binding"
	"github.com/go-playground/validator/v10"
)

func init() {
	// Gin validates bound structs with go-playground/validator: report fields
	// by their JSON names, and add the two string checks the contract has
	// and the validator does not.
	v, ok := binding.Validator.Engine().(*validator.Validate)
	if !ok {
		panic("gin's validator is not go-playground/validator")
	}
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		return strings.SplitN(f.Tag.Get("json"), ",", 2)[0]
	})
	for tag, check := range map[string]func(string) bool{
		"nonul":    func(s string) bool { return !strings.ContainsRune(s, 0) },
		"notblank": func(s string) bool { return !isBlank(s) },
	} {
		if err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool { return check(fl.Field().String()) }); err != nil {
			panic(err)
		}
	}
}

// readJSONObject reads a request body in the contract's order of checks:
// 413 over the size limit, 415 unless it is declared as JSON, 400 unless it
// is a JSON object. It answers the request itself when ok is false.
func readJSONObject(c *gin.Context) (body []byte, ok bool) {
	body, err := io.ReadAll(limitBody(c.Writer, c.Request.Body))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		c.JSON(http.StatusRequestEntityTooLarge, gin.H{"error": msgBodyTooLarge})
	case err != nil:
		badRequest(c, msgNotObject) // the client stopped sending mid-body
	case !isJSON(c.GetHeader("Content-Type")):
		c.JSON(http.StatusUnsupportedMediaType, gin.H{"error": msgNotJSON})
	case !isObject(body):
		badRequest(c, msgNotObject)
	default:
		return body, true
	}
	return nil, false
}

// bindingMessage is the contract's message for what binding refused: a value
// of the wrong JSON type (typeMessages, by field), the first failed tag, or
// a body that is not JSON at all.
func bindingMessage(err error, typeMessages map[string]func(string) string) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		if message, ok := typeMessages[typeErr.Field]; ok {
			return message(typeErr.Field)
		}
	}
	var invalid validator.ValidationErrors
	if errors.As(err, &invalid) && len(invalid) > 0 {
		field := invalid[0]
		switch field.Tag() {
		case "required":
			return msgRequired(field.Field())
		case "nonul":
			return msgNUL(field.Field())
		case "notblank":
			return msgBlank(field.Field())
		case "max":
			return msgTooLong(field.Field(), field.Param())
		}
	}
	return msgNotObject
}
