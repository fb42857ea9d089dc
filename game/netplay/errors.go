package netplay

import (
	"errors"
	"fmt"
)

// Codes of a host's refusal (Error.Code): stable words a program may act
// on, where the message is for people and may be reworded.
const (
	// CodeRateLimited refuses a hello because the address has used up its
	// failed join attempts for now: wait before trying again.
	CodeRateLimited = "rate_limited"
)

// Classes of a client's errors, for errors.Is.
var (
	// ErrJoinRefused: the host answered the hello with a refusal (Dial);
	// errors.As finds the host's *Error.
	ErrJoinRefused = errors.New("join refused")
	// ErrRateLimited: a refusal with CodeRateLimited.
	ErrRateLimited = errors.New("too many failed join attempts")
)

// codeErrs maps a refusal's code to its class.
var codeErrs = map[string]error{CodeRateLimited: ErrRateLimited}

// Error is a refusal from the host.
func (e *Error) Error() string {
	if e.Order > 0 {
		return fmt.Sprintf("order %d: %s", e.Order, e.Message)
	}
	return e.Message
}

// Is reports whether the refusal's code is of class target (ErrRateLimited).
func (e *Error) Is(target error) bool {
	class, ok := codeErrs[e.Code]
	return ok && class == target
}

// AutosaveError is a room's failed autosave (Options.AutosaveFailed): the
// room plays on unsaved.
type AutosaveError struct {
	Room string // the room's id
	Path string // the file that could not be written, "" if none was reached
	Err  error
}

func (e *AutosaveError) Error() string {
	if e.Path != "" {
		return fmt.Sprintf("room %s: autosave failed: save %s: %v", e.Room, e.Path, e.Err)
	}
	return fmt.Sprintf("room %s: autosave failed: %v", e.Room, e.Err)
}

// Unwrap returns the cause.
func (e *AutosaveError) Unwrap() error { return e.Err }
