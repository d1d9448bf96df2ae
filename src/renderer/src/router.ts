/**
 * Every chapter has an address: #/<edition>/<chapter>?p=<paragraph>&q=<query>. Hash history because the
 * built app is loaded from a file, where there is no server to answer deep paths.
 */
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import HomeView from './views/HomeView.vue'
import ReaderView from './views/ReaderView.vue'

export function createElshiRouter(history = createWebHashHistory()): Router {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: HomeView },
      { path: '/:editionId', name: 'edition', component: HomeView, props: true },
      { path: '/:editionId/:chapterId', name: 'chapter', component: ReaderView, props: true }
    ],
    scrollBehavior: () => false
  })
}
