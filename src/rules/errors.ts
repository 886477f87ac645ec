/** A problem in rule data or configuration, reported as one line: `file:line: rule id: problem`. */
export class RuleSetError extends Error {
  readonly file: string | undefined
  readonly line: number | undefined
  readonly ruleId: string | undefined
  readonly problem: string

  constructor(problem: string, where: {file?: string; line?: number; ruleId?: string} = {}) {
    const location = [where.file, where.line].filter((part) => part !== undefined).join(':')
    const prefix = [location, where.ruleId ? `rule ${where.ruleId}` : ''].filter(Boolean).join(': ')
    super(prefix ? `${prefix}: ${problem}` : problem)
    this.name = 'RuleSetError'
    this.file = where.file
    this.line = where.line
    this.ruleId = where.ruleId
    this.problem = problem
  }
}
