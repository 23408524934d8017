import type { Framework } from './types';

/**
 * Career Exploration and Development, as the PaCE inventory worksheet lists
 * it. The wording is data from the source document: keep it exact, lower-case
 * starts included.
 */
export const CAREER_EXPLORATION: Framework = {
  id: 'ced',
  name: 'Career Exploration and Development',
  version: '2017.1',
  title: 'Step 1: Take an Inventory',
  instructions:
    'Using the Illinois PaCE Framework, take an inventory to assess what is ' +
    'currently being done within the school or district. To get started, ' +
    'use the Degree of Completion Scale to report the percentage of ' +
    'students currently meeting each benchmark. Enter the corresponding ' +
    'number in the box next to each benchmark.',
  scale: [
    { rating: 1, label: 'Less than 25% of students' },
    { rating: 2, label: '26-50% of students' },
    { rating: 3, label: '51-75% of students' },
    { rating: 4, label: '76-99% of students' },
    { rating: 5, label: '100% of students' },
  ],
  key: [
    { abbreviation: 'CP', meaning: 'Career Pathway' },
    { abbreviation: 'PS', meaning: 'Postsecondary' },
  ],
  domains: [
    {
      id: 'ced',
      name: 'Career Exploration and Development',
      grades: [
        {
          grade: 8,
          sections: [
            {
              section: 'supported',
              benchmarks: [
                {
                  id: 'ced-8-s1',
                  text: 'complete a career cluster survey',
                  keys: [],
                },
                {
                  id: 'ced-8-s2',
                  text: 'attend a career exploration day',
                  keys: [],
                },
              ],
            },
            {
              section: 'know',
              benchmarks: [
                {
                  id: 'ced-8-k1',
                  text: 'the concept of career clusters of interest',
                  keys: [],
                },
              ],
            },
            { section: 'have', benchmarks: [], note: 'N/A' },
          ],
        },
        {
          grade: 9,
          sections: [
            {
              section: 'supported',
              benchmarks: [
                {
                  id: 'ced-9-s1',
                  text:
                    'revisit career cluster interest survey and take a ' +
                    'career interest survey',
                  keys: [],
                },
                {
                  id: 'ced-9-s2',
                  text: 'complete an orientation to career clusters',
                  keys: [],
                },
              ],
            },
            {
              section: 'know',
              benchmarks: [
                {
                  id: 'ced-9-k1',
                  text:
                    'one or two career clusters for further exploration ' +
                    'and development',
                  keys: [],
                },
              ],
            },
            { section: 'have', benchmarks: [], note: 'N/A' },
          ],
        },
        {
          grade: 10,
          sections: [
            {
              section: 'supported',
              benchmarks: [
                {
                  id: 'ced-10-s1',
                  text:
                    'visit at least one workplace aligned with career ' +
                    'interests',
                  keys: [],
                },
                {
                  id: 'ced-10-s2',
                  text:
                    'complete an orientation course to a particular ' +
                    'career cluster or cluster grouping',
                  keys: [],
                },
                {
                  id: 'ced-10-s3',
                  text: 'select a CP within a career cluster of interest',
                  keys: ['CP'],
                },
              ],
            },
            {
              section: 'know',
              benchmarks: [
                {
                  id: 'ced-10-k1',
                  text:
                    'educational requirements, cost, expected entry ' +
                    'level, and midpoint salary for occupations in ' +
                    'selected CP',
                  keys: ['CP'],
                },
              ],
            },
            { section: 'have', benchmarks: [], note: 'N/A' },
          ],
        },
        {
          grade: 11,
          sections: [
            {
              section: 'supported',
              benchmarks: [
                {
                  id: 'ced-11-s1',
                  text: 'revisit the career survey',
                  keys: [],
                },
                {
                  id: 'ced-11-s2',
                  text: 'participate in a mock job interview',
                  keys: [],
                },
                {
                  id: 'ced-11-s3',
                  text: 'create a resume and personal statement',
                  keys: [],
                },
                {
                  id: 'ced-11-s4',
                  text: 'identify an internship opportunity related to the CP',
                  keys: ['CP'],
                },
              ],
            },
            {
              section: 'know',
              benchmarks: [
                {
                  id: 'ced-11-k1',
                  text:
                    'application deadlines, test timing, cost, and ' +
                    'preparation for industry-based certification for CP',
                  keys: ['CP'],
                },
                {
                  id: 'ced-11-k2',
                  text: 'career attributes related to the career interests',
                  keys: [],
                },
              ],
            },
            { section: 'have', benchmarks: [], note: 'N/A' },
          ],
        },
        {
          grade: 12,
          sections: [
            {
              section: 'supported',
              benchmarks: [
                {
                  id: 'ced-12-s1',
                  text: 'obtain an internship related to the CP',
                  keys: ['CP'],
                },
                {
                  id: 'ced-12-s2',
                  text:
                    'if applicable, receive industry-based ' +
                    'certification(s) related to the CP',
                  keys: ['CP'],
                },
                {
                  id: 'ced-12-s3',
                  text:
                    'complete one or more team-based challenges or ' +
                    'projects related to the CP',
                  keys: ['CP'],
                },
              ],
            },
            {
              section: 'know',
              benchmarks: [
                {
                  id: 'ced-12-k1',
                  text:
                    'how CP courses and experiences articulate to degree ' +
                    'programs at PS options',
                  keys: ['CP', 'PS'],
                },
              ],
            },
            { section: 'have', benchmarks: [], note: 'N/A' },
          ],
        },
      ],
    },
  ],
};
