// The portable JSON format: export and import (issue 5).

export const portableMethods = {} as const;
