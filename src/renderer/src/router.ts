/**
 * Every chapter has an address: #/<edition>/<chapter>?p=<paragraph>&q=<query>&note=<annotation>; the
 * editors' notes have #/<edition>/glossary?entry=<annotation> and #/<edition>/timeline; the reader's
 * bookmarks #/<edition>/bookmarks (a chapter address with ?bm=<bookmark> flashes one). Hash history
 * because the built app is served as plain files (app://elshi/), with nothing to answer deep paths.
 */
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import BookmarksView from './views/BookmarksView.vue'
import GlossaryView from './views/GlossaryView.vue'
import HomeView from './views/HomeView.vue'
import ReaderView from './views/ReaderView.vue'
import RestoreView from './views/RestoreView.vue'
import TimelineView from './views/TimelineView.vue'

export function createElshiRouter(history = createWebHashHistory()): Router {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: HomeView },
      { path: '/:editionId', name: 'edition', component: HomeView, props: true },
      // Static segments outrank the chapter pattern; the build refuses chapters with these ids.
      { path: '/:editionId/glossary', name: 'glossary', component: GlossaryView, props: true },
      { path: '/:editionId/timeline', name: 'timeline', component: TimelineView, props: true },
      { path: '/:editionId/bookmarks', name: 'bookmarks', component: BookmarksView, props: true },
      { path: '/:editionId/bookmarks/restore', name: 'restore', component: RestoreView, props: true },
      { path: '/:editionId/:chapterId', name: 'chapter', component: ReaderView, props: true }
    ],
    scrollBehavior: () => false
  })
}
