import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createElshiRouter } from './router'
import './assets/main.css'
import './assets/annotations.css'
import './assets/bookmarks.css'
import './assets/shell.css'

createApp(App).use(createPinia()).use(createElshiRouter()).mount('#app')
