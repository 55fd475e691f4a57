// Korean strings of <passkey-list>. Importing this file registers them.
import type { ListMessages } from '../../i18n/list-en.js';
import { registerListLocale } from '../../i18n/list-locales.js';

export const koList: ListMessages = {
  listLabel: '내 패스키',
  loading: '패스키를 불러오는 중…',
  empty: '아직 패스키가 없습니다. 패스키를 사용하면 비밀번호 대신 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있으며 피싱으로 도용될 수 없습니다.',
  createFirst: '패스키 만들기',
  add: '패스키 추가',
  adding: '새 패스키를 기다리는 중…',
  added: '패스키를 추가했습니다.',
  alreadyRegistered: '이 기기 또는 비밀번호 관리자에 이미 이 계정의 패스키가 있습니다. 다른 기기나 보안 키에 추가하세요.',
  fallbackName: '이름 없는 패스키',
  securityKeyName: '보안 키',
  created: '{date}에 생성',
  lastUsed: '{date}에 마지막으로 사용',
  neverUsed: '사용한 적 없음',
  synced: '내 기기 간에 동기화됨',
  deviceOnly: '이 기기에만 있음',
  securityKey: '이 보안 키에 있음',
  rename: '이름 변경',
  nameLabel: '패스키 이름',
  save: '저장',
  cancel: '취소',
  renamed: '패스키 이름을 변경했습니다.',
  remove: '삭제',
  confirmRemove: '“{name}”을(를) 삭제할까요? 이 사이트에 더 이상 이 패스키로 로그인할 수 없습니다. 비밀번호 관리자나 기기 설정에서도 삭제하세요.',
  lastPasskey: '유일한 패스키입니다. 삭제하면 다른 방법으로 로그인해야 합니다:',
  confirm: '패스키 삭제',
  keep: '유지',
  removed: '패스키를 삭제했습니다. 비밀번호 관리자에서도 삭제하세요.',
  offline: '오프라인 상태입니다. 다시 온라인이 되면 패스키가 표시됩니다.',
  retry: '다시 시도',
};

registerListLocale('ko', koList);
