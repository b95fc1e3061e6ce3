package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// candidate reports whether a file found in a directory is read: .yaml, .yml,
// .json and .tgz files, the extension in any case (a chart package named .TGZ
// is read, and rejected for its name).
func candidate(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json", ".tgz":
		return true
	}
	return false
}

// hidden reports whether a name found in a directory starts with a dot
// (.git, .github, ...): such files and directories are not walked.
func hidden(name string) bool {
	return len(name) > 1 && name[0] == '.' && name != ".."
}

// ignored reports whether path or its base name matches one of the globs.
func ignored(path string, globs []string) bool {
	base := filepath.Base(path)
	slashed := filepath.ToSlash(path)
	for _, g := range globs {
		if m, _ := filepath.Match(g, path); m {
			return true
		}
		if m, _ := filepath.Match(g, slashed); m {
			return true
		}
		if m, _ := filepath.Match(g, base); m {
			return true
		}
	}
	return false
}

// expand turns the command's paths into inputs, in order: "-" is standard
// input, a file is itself (unless ignored), a directory the candidate files
// below it in lexical order. A path that cannot be read, or a directory
// without candidate files, is an input with a problem.
func expand(paths, globs []string) []input {
	var inputs []input
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, input{path: p, stdin: true})
			continue
		}
		fi, err := os.Stat(p)
		switch {
		case err != nil:
			inputs = append(inputs, input{path: p, problem: "cannot read: " + errText(err)})
		case !fi.IsDir():
			if !ignored(p, globs) {
				inputs = append(inputs, input{path: p})
			}
		default:
			inputs = walk(inputs, p, globs)
		}
	}
	return inputs
}

// walk appends the candidate files below root.
func walk(inputs []input, root string, globs []string) []input {
	n := len(inputs)
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			inputs = append(inputs, input{path: path, problem: "cannot read: " + errText(err)})
			return nil
		}
		if path == root {
			return nil
		}
		if hidden(d.Name()) || ignored(path, globs) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && candidate(d.Name()) {
			inputs = append(inputs, input{path: path})
		}
		return nil
	})
	if len(inputs) == n {
		inputs = append(inputs, input{path: root, problem: "no .yaml, .yml, .json or .tgz file to check in this directory"})
	}
	return inputs
}
