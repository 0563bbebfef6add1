import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CodedError } from '../../../shared/contract'
import type { FontRole } from '../../../shared/domain/documents/layout'
import { message } from '../../../shared/i18n/message'

/**
 * The typefaces GB/T 9704 names (方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体) are commercial;
 * documents are set in free substitutes installed from Debian packages, never shipped in the
 * repository: Fandol (texlive-lang-chinese, GPL with a font exception, embeddable) and Noto
 * Serif CJK Bold (fonts-noto-cjk, OFL) for the 小标宋 roles, where no free equivalent exists.
 */
export interface FontFace {
  /** The file, and the face inside a collection (.ttc). */
  path: string
  postscriptName?: string
  /** What the document names as the substitute. */
  name: string
  /** What it stands in for. */
  standsFor: string
}

export type FontSet = Record<FontRole, FontFace>

interface Candidate {
  file: string
  postscriptName?: string
  name: string
  debianPackage: string
}

const FANDOL = 'texmf-dist/fonts/opentype/public/fandol'
const NOTO = 'opentype/noto'

/** 方正小标宋 has no free equivalent: the masthead and the title both stand on Noto Serif Bold. */
const XIAOBIAOSONG = {
  standsFor: '方正小标宋简体',
  faces: [
    {
      file: `${NOTO}/NotoSerifCJK-Bold.ttc`,
      postscriptName: 'NotoSerifCJKsc-Bold',
      name: 'Noto Serif CJK SC Bold',
      debianPackage: 'fonts-noto-cjk'
    }
  ]
}

const CANDIDATES: Record<FontRole, { standsFor: string; faces: Candidate[] }> = {
  masthead: XIAOBIAOSONG,
  title: XIAOBIAOSONG,
  body: {
    standsFor: '仿宋_GB2312',
    faces: [
      {
        file: `${FANDOL}/FandolFang-Regular.otf`,
        name: 'FandolFang',
        debianPackage: 'texlive-lang-chinese'
      }
    ]
  },
  heading1: {
    standsFor: '黑体',
    faces: [
      {
        file: `${FANDOL}/FandolHei-Regular.otf`,
        name: 'FandolHei',
        debianPackage: 'texlive-lang-chinese'
      },
      {
        file: `${NOTO}/NotoSansCJK-Regular.ttc`,
        postscriptName: 'NotoSansCJKsc-Regular',
        name: 'Noto Sans CJK SC',
        debianPackage: 'fonts-noto-cjk'
      }
    ]
  },
  heading2: {
    standsFor: '楷体_GB2312',
    faces: [
      {
        file: `${FANDOL}/FandolKai-Regular.otf`,
        name: 'FandolKai',
        debianPackage: 'texlive-lang-chinese'
      }
    ]
  },
  pageNumber: {
    standsFor: '宋体',
    faces: [
      {
        file: `${FANDOL}/FandolSong-Regular.otf`,
        name: 'FandolSong',
        debianPackage: 'texlive-lang-chinese'
      }
    ]
  }
}

/** Where the packages put their files; a packaged app may add its resources folder first. */
export const DEFAULT_FONT_ROOTS = ['/usr/share/texlive', '/usr/share/fonts'] as const

/**
 * Finds a face for every role, or fails naming the first missing font and the Debian package
 * that brings it.
 */
export function locateFonts(roots: readonly string[] = DEFAULT_FONT_ROOTS): FontSet {
  const found: Partial<FontSet> = {}
  for (const [role, { standsFor, faces }] of Object.entries(CANDIDATES) as [
    FontRole,
    (typeof CANDIDATES)[FontRole]
  ][]) {
    let face: FontFace | null = null
    for (const candidate of faces) {
      const path = roots.map((root) => join(root, candidate.file)).find((file) => existsSync(file))
      if (path) {
        face = { path, postscriptName: candidate.postscriptName, name: candidate.name, standsFor }
        break
      }
    }
    if (!face) {
      const first = faces[0]
      throw new CodedError(
        message('documents.fonts.missing', {
          font: first?.name ?? role,
          role: message(`documents.fonts.role.${role}`),
          package: first?.debianPackage ?? ''
        })
      )
    }
    found[role] = face
  }
  return found as FontSet
}

/** `FandolFang（代仿宋_GB2312）…`: the substitutes, once each, for the app to say. */
export function substituteList(fonts: FontSet): string[] {
  const seen = new Set<string>()
  const list: string[] = []
  for (const face of Object.values(fonts)) {
    const entry = `${face.name} → ${face.standsFor}`
    if (!seen.has(entry)) {
      seen.add(entry)
      list.push(entry)
    }
  }
  return list
}
