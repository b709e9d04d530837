// The newsroom bundle: the app and its views, and the news widget itself for the preview. The
// rich-text editor's Tiptap arrives in a chunk of its own when an editor first renders.
import '../news/news.js';
import { define } from '../define.js';
import { NewsroomApp } from './app/newsroom-app.js';
import { NewsroomConflictView } from './editor/conflict-view.js';
import { NewsroomCourseEditor } from './editor/course-editor.js';
import { NewsroomCourseSessions } from './editor/course-sessions.js';
import { NewsroomEventEditor } from './editor/event-editor.js';
import { NewsroomLinkDialog } from './editor/link-dialog.js';
import { NewsroomMunicipalityPicker } from './editor/municipality-picker.js';
import { NewsroomNewsEditor } from './editor/news-editor.js';
import { NewsroomNewsHistory } from './editor/news-history.js';
import { NewsroomNewsPreview } from './editor/news-preview.js';
import { NewsroomRichText } from './editor/rich-text-editor.js';
import { NewsroomAccountView } from './views/account-view.js';
import { NewsroomContactEditor } from './views/contact-editor.js';
import { NewsroomContactHistory } from './views/contact-history.js';
import { NewsroomContactsView } from './views/contacts-view.js';
import { NewsroomCoursesList } from './views/courses-list-view.js';
import { NewsroomEventsList } from './views/events-list-view.js';
import { NewsroomFeedSourcesView } from './views/feed-sources-view.js';
import { NewsroomInvitationView } from './views/invitation-view.js';
import { NewsroomLoginView } from './views/login-view.js';
import { NewsroomMemberJoinForm } from './views/member-join-form.js';
import { NewsroomMemberList } from './views/member-list.js';
import { NewsroomMembersView } from './views/members-view.js';
import { NewsroomNewsList } from './views/news-list-view.js';
import { NewsroomPeopleView } from './views/people-view.js';
import { NewsroomProfileView } from './views/profile-view.js';
import { NewsroomStartView } from './views/start-view.js';
import { NewsroomTopicsView } from './views/topics-view.js';

const elements: Record<string, CustomElementConstructor> = {
  'newsroom-login-view': NewsroomLoginView,
  'newsroom-invitation-view': NewsroomInvitationView,
  'newsroom-start-view': NewsroomStartView,
  'newsroom-news-list': NewsroomNewsList,
  'newsroom-news-editor': NewsroomNewsEditor,
  'newsroom-rich-text': NewsroomRichText,
  'newsroom-link-dialog': NewsroomLinkDialog,
  'newsroom-municipality-picker': NewsroomMunicipalityPicker,
  'newsroom-conflict-view': NewsroomConflictView,
  'newsroom-news-preview': NewsroomNewsPreview,
  'newsroom-news-history': NewsroomNewsHistory,
  'newsroom-events-list': NewsroomEventsList,
  'newsroom-event-editor': NewsroomEventEditor,
  'newsroom-contacts-view': NewsroomContactsView,
  'newsroom-contact-editor': NewsroomContactEditor,
  'newsroom-contact-history': NewsroomContactHistory,
  'newsroom-courses-list': NewsroomCoursesList,
  'newsroom-course-editor': NewsroomCourseEditor,
  'newsroom-course-sessions': NewsroomCourseSessions,
  'newsroom-account-view': NewsroomAccountView,
  'newsroom-people-view': NewsroomPeopleView,
  'newsroom-feed-sources-view': NewsroomFeedSourcesView,
  'newsroom-members-view': NewsroomMembersView,
  'newsroom-member-join-form': NewsroomMemberJoinForm,
  'newsroom-member-list': NewsroomMemberList,
  'newsroom-topics-view': NewsroomTopicsView,
  'newsroom-profile-view': NewsroomProfileView,
};
for (const [tag, element] of Object.entries(elements)) define(tag, element);
// Last: the app renders the views, which must be defined by then.
define('samverka-newsroom', NewsroomApp);
