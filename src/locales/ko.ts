// Korean. Importing this file registers it: elements inside lang="ko" then speak Korean.
import type { Messages } from '../i18n/en.js';
import { registerLocale } from '../i18n/locales.js';

export const ko: Messages = {
  usernameLabel: '사용자 이름',
  registerButton: '패스키 만들기',
  registerWithPhoneOrKey: '휴대전화 또는 보안 키 사용',
  loginButton: '패스키로 로그인',
  signInInstead: '대신 로그인하기',
  waiting: '패스키를 기다리는 중…',
  registered: '패스키가 준비되었습니다.',
  signedIn: '로그인되었습니다.',
  errors: {
    cancelled: '패스키 요청이 취소되었거나 시간이 초과되었습니다. 다시 시도할 수 있습니다.',
    aborted: '중지되었습니다.',
    'already-registered': '이 기기에는 이미 이 계정의 패스키가 있습니다. 그 패스키로 로그인하세요.',
    'username-required': '먼저 사용자 이름을 입력하세요.',
    security: '이 사이트에 패스키가 올바르게 설정되어 있지 않습니다.',
    'frame-not-allowed': '이 삽입된 페이지에서는 패스키를 사용할 수 없습니다. 사이트를 새 탭에서 여세요.',
    unsupported: '이 브라우저 또는 기기에서는 패스키를 사용할 수 없습니다.',
    'server-error': '서버에 문제가 발생했습니다. 다시 시도하세요.',
    'network-error': '서버에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.',
    timeout: '서버 응답이 너무 오래 걸렸습니다. 다시 시도하세요.',
    'invalid-response': '서버가 이 페이지에서 사용할 수 없는 응답을 보냈습니다. 다시 시도하세요.',
    'verification-failed': '서버에서 패스키를 확인하지 못했습니다. 다시 시도하세요.',
    'too-many-credentials': '이 계정에 이 브라우저용 패스키가 너무 많습니다. 사용자 이름 없이 로그인하거나 일부를 삭제하세요.',
    'unknown-credential': '이 패스키는 더 이상 이 사이트에 등록되어 있지 않습니다. 비밀번호 관리자에서 삭제하고 다른 방법으로 로그인하세요.',
    unknown: '패스키에 문제가 발생했습니다. 다시 시도하세요.',
  },
};

registerLocale('ko', ko);
