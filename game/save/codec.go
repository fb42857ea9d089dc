package save

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"liaison/game/replay"
)

// A save file is one JSON object (docs/saves.md):
//
//	{"liaison_save": 1,
//	 "sha256": "<hex>",
//	 "body": {"kind": …, "name": …, "saved_at": …, "ui": {…}, "record": {…}}}
//
// "liaison_save" is the format version; "sha256" is the SHA-256 of the body
// in compact JSON (as written), so any damaged byte of the body is detected
// while a reformatted file still loads. The record inside is the same JSON
// a game record file holds.
type envelope struct {
	SHA256 string
	Body   json.RawMessage
}

// envelopeKeys are the only keys of a save's outer object.
var envelopeKeys = map[string]bool{"liaison_save": true, "sha256": true, "body": true}

// body is everything the checksum covers.
type body struct {
	Kind    Kind            `json:"kind"`
	Name    string          `json:"name,omitempty"`
	SavedAt time.Time       `json:"saved_at"`
	UI      UI              `json:"ui"`
	Record  json.RawMessage `json:"record"`
}

// Encode writes a save with its format version and checksum; the body is
// compact JSON. It fails on a save that Decode would refuse.
func Encode(sv *Save) ([]byte, error) {
	if err := sv.check(); err != nil {
		return nil, fmt.Errorf("encode save: %w", err)
	}
	rec, err := json.Marshal(sv.Record)
	if err != nil {
		return nil, fmt.Errorf("encode save: %w", err)
	}
	b, err := json.Marshal(body{Kind: sv.Kind, Name: sv.Name, SavedAt: sv.SavedAt, UI: sv.UI, Record: rec})
	if err != nil {
		return nil, fmt.Errorf("encode save: %w", err)
	}
	sum := sha256.Sum256(b)
	out := make([]byte, 0, len(b)+128)
	out = fmt.Appendf(out, "{\"liaison_save\": %d,\n \"sha256\": %q,\n \"body\": ", Format, hex.EncodeToString(sum[:]))
	out = append(out, b...)
	return append(out, "}\n"...), nil
}

// Decode parses a save, checking in turn its size, that it is complete JSON,
// that it is a save, its format version, its checksum, its record (with
// replay's limits) and its UI state. Every error wraps one of ErrTooLarge,
// ErrTruncated, ErrCorrupt, ErrVersion or ErrNotSave. Decode never panics.
func Decode(data []byte) (*Save, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes; the limit is %d", ErrTooLarge, len(data), MaxBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: the file is empty (the game was probably interrupted while creating it)", ErrTruncated)
	}
	env, err := decodeEnvelope(data)
	if err != nil {
		return nil, err
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, env.Body); err != nil {
		return nil, fmt.Errorf("%w: the body is not valid JSON: %w", ErrCorrupt, err)
	}
	sum := sha256.Sum256(compact.Bytes())
	if got := hex.EncodeToString(sum[:]); got != env.SHA256 {
		return nil, fmt.Errorf("%w: checksum mismatch (the file was damaged or edited after it was written: SHA-256 %s…, expected %s…)", ErrCorrupt, short(got), short(env.SHA256))
	}
	var b body
	if err := strict(env.Body, &b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	rec, err := replay.Decode(b.Record)
	if err != nil {
		if errors.Is(err, replay.ErrFormat) {
			return nil, fmt.Errorf("%w: game %w", ErrVersion, err)
		}
		return nil, fmt.Errorf("%w: game record: %w", ErrCorrupt, err)
	}
	sv := &Save{Kind: b.Kind, Name: b.Name, SavedAt: b.SavedAt, UI: b.UI, Record: rec}
	if err := sv.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return sv, nil
}

// decodeEnvelope reads the outer object and tells a cut or damaged file,
// a foreign file and another version apart.
func decodeEnvelope(data []byte) (*envelope, error) {
	var top map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&top); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fmt.Errorf("%w: the file ends after %d bytes, in the middle of the data (the write was interrupted?)", ErrTruncated, len(data))
		case errors.As(err, &syn):
			return nil, fmt.Errorf("%w: not valid JSON at byte %d: %w", ErrCorrupt, syn.Offset, err)
		case errors.As(err, &typ):
			return nil, fmt.Errorf("%w: the file holds JSON but not a save object", ErrNotSave)
		default:
			return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the end of the save", ErrCorrupt)
	}
	raw, ok := top["liaison_save"]
	if !ok {
		if _, ok := top["scenario_sha256"]; ok {
			return nil, fmt.Errorf("%w: this is a game record (a replay), not a save; `liaisonctl replay` reads it", ErrNotSave)
		}
		return nil, fmt.Errorf("%w: the file has no \"liaison_save\" version field", ErrNotSave)
	}
	var version int
	if err := json.Unmarshal(raw, &version); err != nil {
		return nil, fmt.Errorf("%w: the version field is not a number", ErrCorrupt)
	}
	if version != Format {
		hint := "it comes from a newer Liaison; update the game to open it"
		if version < Format {
			hint = "it comes from an older Liaison that this build no longer reads"
		}
		return nil, fmt.Errorf("%w: save format %d, this build reads format %d (%s)", ErrVersion, version, Format, hint)
	}
	for k := range top {
		if !envelopeKeys[k] {
			return nil, fmt.Errorf("%w: unknown field %q in the save", ErrCorrupt, clip(k))
		}
	}
	var env envelope
	if err := json.Unmarshal(top["sha256"], &env.SHA256); err != nil || len(env.SHA256) != 2*sha256.Size {
		return nil, fmt.Errorf("%w: the checksum field is missing or malformed", ErrCorrupt)
	}
	env.Body = top["body"]
	if env.Body == nil {
		return nil, fmt.Errorf("%w: the save has no body", ErrCorrupt)
	}
	return &env, nil
}

// strict decodes one JSON value refusing unknown fields.
func strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	return nil
}
