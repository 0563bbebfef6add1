/**
 * One error shape across every boundary: `{code, params}` with a code in the catalogs' style
 * (dotted lower camelCase, the capability first, as the i18n infrastructure defines it), and the
 * developer's detail beside it, never in the user's words. Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  codeSchema,
  CodedError,
  describeThrown,
  errorOf,
  fail,
  messageParamSchema,
  messageSchema,
  ok,
  rpcErrorCodes,
  rpcErrorSchema,
  rpcResultSchema
} from '../../../src/shared/contract'
import { day, instant, list, message } from '../../../src/shared/i18n/message'

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success

describe('the RPC layer’s own error codes', () => {
  it('are eight, in the one code style', () => {
    expect([...rpcErrorCodes].sort()).toEqual([
      'errors.rpc.forbiddenSender',
      'errors.rpc.handlerFailed',
      'errors.rpc.invalidInput',
      'errors.rpc.invalidOutput',
      'errors.rpc.notFound',
      'errors.rpc.timeout',
      'errors.rpc.transportClosed',
      'errors.rpc.unknownChannel'
    ])
    for (const code of rpcErrorCodes) expect(accepts(codeSchema, code), code).toBe(true)
  })
})

describe('codes', () => {
  it('are dotted lower camelCase with at least two parts', () => {
    for (const code of ['errors.rpc.unknownChannel', 'seals.reason.hashFailure', 'a.b', 'a1.b2C'])
      expect(accepts(codeSchema, code), code).toBe(true)
  })

  it('refuse the old styles and anything around a code', () => {
    for (const code of [
      'UNKNOWN_CHANNEL',
      'errors',
      'Errors.rpc',
      'errors.Rpc',
      'errors.rpc-x',
      'errors.rpc_x',
      'errors..rpc',
      'errors.rpc.',
      '.errors.rpc',
      '1errors.rpc',
      'errors.1rpc',
      ' errors.rpc',
      'errors.rpc ',
      'x errors.rpc',
      'errors.rpc x',
      ''
    ])
      expect(accepts(codeSchema, code), JSON.stringify(code)).toBe(false)
  })
})

describe('messages as values', () => {
  it('carry a code and optional params of text, numbers, messages, days, instants and lists', () => {
    expect(accepts(messageSchema, message('errors.rpc.timeout'))).toBe(true)
    expect(
      accepts(
        messageSchema,
        message('errors.worker.failed', {
          task: message('errors.task.demoLoad'),
          name: '营业执照.pdf',
          count: 3,
          on: day('2026-03-05'),
          at: instant('2026-12-02T06:05:00Z'),
          items: list(['a', 2, list([message('a.b')])])
        })
      )
    ).toBe(true)
  })

  it('refuse a missing or old-style code, also inside a param', () => {
    expect(accepts(messageSchema, {})).toBe(false)
    expect(accepts(messageSchema, { code: 'TIMEOUT' })).toBe(false)
    expect(accepts(messageSchema, { code: 7 })).toBe(false)
    expect(accepts(messageSchema, message('a.b', { inner: { code: 'NOT_FOUND' } }))).toBe(false)
    expect(accepts(messageSchema, message('a.b', { items: { list: [{ code: 'X' }] } }))).toBe(false)
  })

  it('refuse params that are no words: booleans, null, arrays, unknown objects', () => {
    for (const param of [true, null, undefined, ['a'], { other: 1 }, { day: 5 }, { list: 'a' }])
      expect(accepts(messageParamSchema, param), JSON.stringify(param)).toBe(false)
    expect(accepts(messageSchema, { code: 'a.b', params: 'x' })).toBe(false)
    expect(accepts(messageSchema, { code: 'a.b', params: { x: null } })).toBe(false)
    for (const param of ['', 0, { day: 'x' }, { instant: 'x' }, { list: [] }])
      expect(accepts(messageParamSchema, param), JSON.stringify(param)).toBe(true)
  })
})

describe('results', () => {
  const schema = rpcResultSchema(z.object({ n: z.number() }))

  it('are ok with their data, or not ok with an error value and an optional detail', () => {
    expect(accepts(schema, { ok: true, data: { n: 1 } })).toBe(true)
    expect(accepts(schema, { ok: false, error: { code: 'errors.rpc.timeout' } })).toBe(true)
    expect(
      accepts(schema, {
        ok: false,
        error: { code: 'errors.upload.fileTooLarge', params: { limitMb: 200 }, detail: 'x' }
      })
    ).toBe(true)
  })

  it('check the data, the error and the flag', () => {
    expect(accepts(schema, { ok: true, data: { n: 'one' } })).toBe(false)
    expect(accepts(schema, { ok: true })).toBe(false)
    expect(accepts(schema, { ok: false })).toBe(false)
    expect(accepts(schema, { ok: false, error: { code: 'TIMEOUT', message: 'x' } })).toBe(false)
    expect(accepts(schema, { ok: false, error: { code: 'a.b', detail: 1 } })).toBe(false)
    expect(accepts(schema, { ok: 'yes', data: { n: 1 } })).toBe(false)
    expect(accepts(rpcErrorSchema, { code: 'a.b', params: { x: true } })).toBe(false)
    expect(accepts(rpcErrorSchema, { detail: 'x' })).toBe(false)
  })

  it('ok() wraps data; fail() keeps code and params only, the detail apart', () => {
    expect(ok(5)).toEqual({ ok: true, data: 5 })
    expect(fail(message('errors.rpc.timeout'))).toStrictEqual({
      ok: false,
      error: { code: 'errors.rpc.timeout' }
    })
    expect(fail(message('errors.rpc.timeout'), 'ping timed out')).toStrictEqual({
      ok: false,
      error: { code: 'errors.rpc.timeout', detail: 'ping timed out' }
    })
    const extra = { code: 'errors.upload.fileTooLarge', params: { limitMb: 5 }, message: '中文' }
    expect(fail(extra, '')).toStrictEqual({
      ok: false,
      error: { code: 'errors.upload.fileTooLarge', params: { limitMb: 5 }, detail: '' }
    })
  })
})

describe('CodedError', () => {
  it('carries a code and params, with the detail as its message', () => {
    const error = new CodedError(message('errors.upload.fileTooLarge', { limitMb: 50 }), 'big')
    expect(error).toBeInstanceOf(Error)
    expect([error.name, error.code, error.params, error.message]).toEqual([
      'CodedError',
      'errors.upload.fileTooLarge',
      { limitMb: 50 },
      'big'
    ])
    expect(error.value).toStrictEqual({
      code: 'errors.upload.fileTooLarge',
      params: { limitMb: 50 }
    })
  })

  it('without params or detail: no params, the code as its message', () => {
    const error = new CodedError(message('errors.rpc.notFound'))
    expect(error.message).toBe('errors.rpc.notFound')
    expect(error.value).toStrictEqual({ code: 'errors.rpc.notFound' })
    expect(error.params).toBeUndefined()
  })
})

describe('errorOf: the error value of anything thrown', () => {
  const fallback = message('errors.worker.failed', { task: message('errors.task.demoLoad') })

  it('keeps a CodedError’s code and params, its message as the detail', () => {
    const thrown = new CodedError(message('errors.rpc.notFound'), 'no batch b-1')
    expect(errorOf(thrown, fallback)).toStrictEqual({
      code: 'errors.rpc.notFound',
      detail: 'no batch b-1'
    })
  })

  it('gives anything else the fallback, its text only as the detail', () => {
    expect(errorOf(new TypeError('x is undefined'), fallback)).toStrictEqual({
      ...fallback,
      detail: 'x is undefined'
    })
    expect(errorOf('boom', fallback)).toStrictEqual({ ...fallback, detail: 'boom' })
    expect(errorOf(undefined, message('errors.ui.unexpected'))).toStrictEqual({
      code: 'errors.ui.unexpected',
      detail: 'undefined'
    })
  })

  it('does not call a hostile object’s toString', () => {
    expect(describeThrown({ toString: null })).toBe('(object)')
    expect(describeThrown(null)).toBe('null')
    expect(describeThrown(42)).toBe('42')
    expect(describeThrown(new Error('disk on fire'))).toBe('disk on fire')
  })
})
